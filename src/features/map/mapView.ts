import { boxAround, nodeBoxes } from './labelPlacement';
import { ORG_NODE_SIZE, PARTNER_TYPES, sectorCentre, type EcosystemLayout, type MapPoint, type Partner, type PartnerType } from '../../domain';

export interface SectorLabel {
  type: PartnerType;
  at: MapPoint;
}

const LABEL_OFFSET = 48;
const LABEL_BOX = { width: 170, height: 34 };
/** A small map is not blown up past its natural size. */
const MIN_FIT = { width: 960, height: 640 };

/** Each type's name on its sector's centre line, just outside its partners, clear of every node. */
export function sectorLabels(layout: EcosystemLayout, partners: Iterable<Partner>): SectorLabel[] {
  const reach: Record<PartnerType, number> = { channel: 0, technology: 0, innovation: 0 };
  for (const partner of partners) {
    const at = layout.positions[partner.id];
    if (at) reach[partner.type] = Math.max(reach[partner.type], Math.hypot(at.x - layout.center.x, at.y - layout.center.y));
  }
  const first = layout.rings[0]?.radius ?? ORG_NODE_SIZE.width;
  const nodes = nodeBoxes(layout);
  return PARTNER_TYPES.map((type) => {
    const a = sectorCentre(type);
    const point = (r: number) => ({ x: layout.center.x + r * Math.cos(a), y: layout.center.y + r * Math.sin(a) });
    let r = Math.max(first, reach[type]) + LABEL_OFFSET;
    while (nodes.hits(boxAround(point(r), LABEL_BOX.width, LABEL_BOX.height)) > 0 && r < reach[type] + LABEL_OFFSET * 6) r += 16;
    return { type, at: point(r) };
  });
}

/** Where the ring labels sit: on the boundary between innovation and channel, upper left, clear of nodes. */
export function ringLabelAngle(): number {
  return sectorCentre('channel') - Math.PI / 3;
}

/**
 * What `Fit view` shows: every partner, the organisation and the type labels. Outer rings may be cut at
 * the edges — fitting whole circles would shrink the nodes past reading.
 */
export function fitBounds(layout: EcosystemLayout, labels: SectorLabel[]): { x: number; y: number; width: number; height: number } {
  const { width, height } = layout.nodeSize;
  let minX = layout.center.x - ORG_NODE_SIZE.width / 2;
  let maxX = layout.center.x + ORG_NODE_SIZE.width / 2;
  let minY = layout.center.y - ORG_NODE_SIZE.height / 2;
  let maxY = layout.center.y + ORG_NODE_SIZE.height / 2;
  const grow = (p: MapPoint, w: number, h: number) => {
    minX = Math.min(minX, p.x - w / 2);
    maxX = Math.max(maxX, p.x + w / 2);
    minY = Math.min(minY, p.y - h / 2);
    maxY = Math.max(maxY, p.y + h / 2);
  };
  for (const p of Object.values(layout.positions)) grow(p, width, height);
  for (const label of labels) grow(label.at, LABEL_BOX.width, LABEL_BOX.height);
  for (const ring of layout.rings) {
    const a = ringLabelAngle();
    grow({ x: layout.center.x + ring.radius * Math.cos(a), y: layout.center.y + ring.radius * Math.sin(a) }, 150, 30);
  }
  const fitWidth = Math.max(maxX - minX, MIN_FIT.width);
  const fitHeight = Math.max(maxY - minY, MIN_FIT.height);
  return { x: (minX + maxX - fitWidth) / 2, y: (minY + maxY - fitHeight) / 2, width: fitWidth, height: fitHeight };
}
