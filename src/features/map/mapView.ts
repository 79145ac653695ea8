import { getViewportForBounds, type Viewport } from '@xyflow/react';
import { ORG_NODE_SIZE, PARTNER_TYPES, sectorCentre, type EcosystemLayout, type MapPoint, type Partner, type PartnerType } from '../../domain';

export interface SectorLabel {
  type: PartnerType;
  /** Where the label starts, just outside the sector's outermost partner; its text runs sideways outward from here. */
  at: MapPoint;
  angle: number;
}

/** Screen size of a sector label (drawn at this size at every zoom), for the fit. */
export const SECTOR_LABEL_PX = { width: 150, height: 30 };
const LABEL_OFFSET = 40;

/**
 * The label's direction from the centre: the sector's centre line, except channel's (straight up), which is
 * turned to the upper left so the label sits beside the top of the map rather than above it (a fitted map is
 * as tall as the window; its sides have room).
 */
function labelAngle(type: PartnerType): number {
  return sectorCentre(type) - (type === 'channel' ? (35 * Math.PI) / 180 : 0);
}

/** Each type's name in its sector, beyond the sector's outermost partner. */
export function sectorLabels(layout: EcosystemLayout, partners: Iterable<Partner>): SectorLabel[] {
  const reach: Record<PartnerType, number> = { channel: 0, technology: 0, innovation: 0 };
  const half = Math.hypot(layout.nodeSize.width, layout.nodeSize.height) / 2;
  for (const partner of partners) {
    const at = layout.positions[partner.id];
    if (at) reach[partner.type] = Math.max(reach[partner.type], Math.hypot(at.x - layout.center.x, at.y - layout.center.y) + half);
  }
  const first = (layout.rings[0]?.radius ?? ORG_NODE_SIZE.width) + half;
  return PARTNER_TYPES.map((type) => {
    const angle = labelAngle(type);
    const r = Math.max(first, reach[type]) + LABEL_OFFSET;
    return { type, angle, at: { x: layout.center.x + r * Math.cos(angle), y: layout.center.y + r * Math.sin(angle) } };
  });
}

/** Where the ring labels sit: on the boundary between innovation and channel, upper left. */
export function ringLabelAngle(): number {
  return sectorCentre('channel') - Math.PI / 3;
}

type Rect = { x: number; y: number; width: number; height: number };

/** Every partner and the organisation (outer rings may be cut: fitting whole circles would shrink the nodes past reading). */
export function nodeBounds(layout: EcosystemLayout): Rect {
  const { width, height } = layout.nodeSize;
  let minX = layout.center.x - ORG_NODE_SIZE.width / 2;
  let maxX = layout.center.x + ORG_NODE_SIZE.width / 2;
  let minY = layout.center.y - ORG_NODE_SIZE.height / 2;
  let maxY = layout.center.y + ORG_NODE_SIZE.height / 2;
  for (const p of Object.values(layout.positions)) {
    minX = Math.min(minX, p.x - width / 2);
    maxX = Math.max(maxX, p.x + width / 2);
    minY = Math.min(minY, p.y - height / 2);
    maxY = Math.max(maxY, p.y + height / 2);
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/**
 * What `Fit view` shows: every partner, the organisation and the sector labels, whose text has a fixed
 * screen size (so its extent in map units depends on the zoom: fitted twice).
 */
export function fitViewport(layout: EcosystemLayout, labels: SectorLabel[], width: number, height: number, minZoom: number, maxZoom: number, padding: number): Viewport {
  const nodes = nodeBounds(layout);
  const first = getViewportForBounds(nodes, width, height, minZoom, maxZoom, padding);
  let { x: minX, y: minY } = nodes;
  let maxX = nodes.x + nodes.width;
  let maxY = nodes.y + nodes.height;
  for (const label of labels) {
    const w = SECTOR_LABEL_PX.width / first.zoom;
    const h = SECTOR_LABEL_PX.height / first.zoom;
    const dx = Math.cos(label.angle);
    minX = Math.min(minX, label.at.x + (dx < 0 ? -w : 0));
    maxX = Math.max(maxX, label.at.x + (dx < 0 ? 0 : w));
    minY = Math.min(minY, label.at.y - h / 2);
    maxY = Math.max(maxY, label.at.y + h / 2);
  }
  return getViewportForBounds({ x: minX, y: minY, width: maxX - minX, height: maxY - minY }, width, height, minZoom, maxZoom, padding);
}
