import type { WorkshopEntities } from './bundle';
import { canvasBands, type Box } from './jsonCanvasLayout';
import { EDGE_KIND_LABELS, PARTNER_STATUS_LABELS, PARTNER_TYPE_LABELS } from './labels';
import { layoutEcosystem } from './mapLayout';
import { noiseReasons, totalScore } from './scoring';
import type { EdgeKind, ObjectiveKind, Partner, PartnerStatus, PartnerType } from './records';

/** JSON Canvas 1.0 (jsoncanvas.org): the parts Partnerscape writes. */
export type CanvasSide = 'top' | 'right' | 'bottom' | 'left';
export type CanvasEnd = 'none' | 'arrow';

interface CanvasNodeBase {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  color?: string;
}

export interface PartnerscapeNodeData {
  kind: 'organisation' | 'partner' | 'tier';
  workshopId?: string;
  partnerId?: string;
  type?: PartnerType;
  tierId?: string | null;
  status?: PartnerStatus;
  objective?: ObjectiveKind | null;
  scores?: Partner['scores'];
  totalScore?: number;
  noise?: boolean;
}

export type JsonCanvasNode =
  | (CanvasNodeBase & { type: 'text'; text: string; partnerscape: PartnerscapeNodeData })
  | (CanvasNodeBase & { type: 'group'; label: string; partnerscape: PartnerscapeNodeData });

export interface JsonCanvasEdge {
  id: string;
  fromNode: string;
  toNode: string;
  fromSide: CanvasSide;
  toSide: CanvasSide;
  fromEnd: CanvasEnd;
  toEnd: CanvasEnd;
  label: string;
  partnerscape: { edgeId: string; kind: EdgeKind; bidirectional: boolean };
}

export interface JsonCanvas {
  nodes: JsonCanvasNode[];
  edges: JsonCanvasEdge[];
}

/** The app's type colours (light theme), so the canvas reads like the map. */
export const TYPE_COLORS: Record<PartnerType, string> = { channel: '#2d6cdf', technology: '#0e9384', innovation: '#d9612b' };

/** Obsidian renders text nodes as Markdown: escape it so a name shows as typed, never as markup or HTML. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+\-.!|~=^$&]/g, (c) => `\\${c}`).replace(/\s*[\r\n]+\s*/g, ' ');
}

const rounded = (box: Box) => ({ x: Math.round(box.x), y: Math.round(box.y), width: Math.round(box.width), height: Math.round(box.height) });

function sideToward(from: Box, to: Box): CanvasSide {
  const dx = to.x + to.width / 2 - (from.x + from.width / 2);
  const dy = to.y + to.height / 2 - (from.y + from.height / 2);
  if (Math.abs(dx) * from.height >= Math.abs(dy) * from.width) return dx >= 0 ? 'right' : 'left';
  return dy >= 0 ? 'bottom' : 'top';
}

export const tierGroupId = (tierId: string | null) => `tier-${tierId ?? 'none'}`;

/**
 * The ecosystem map as a JSON Canvas: the organisation and partners as text nodes, tiers as nested
 * labelled groups (from the map's rings, manual positions kept as directions), value exchanges as
 * labelled edges; each node carries Partnerscape's own data under `partnerscape`.
 */
export function ecosystemToJsonCanvas(entities: WorkshopEntities): JsonCanvas {
  const { workshop } = entities;
  const tiers = Object.values(entities.tiers);
  const partners = Object.values(entities.partners);
  const layout = layoutEcosystem({ workshop, tiers, partners }, entities.layout.positions);
  const ringIndex = new Map(layout.rings.map((ring, i) => [ring.tierId, i]));
  const untiered = ringIndex.get(null) ?? layout.rings.length - 1;
  const bandOf = (id: string) => {
    const tierId = entities.partners[id]?.tierId ?? null;
    return (tierId !== null && entities.tiers[tierId] ? ringIndex.get(tierId) : undefined) ?? untiered;
  };
  const { org, bands } = canvasBands(layout, bandOf);

  const boxes = new Map<string, Box>([[workshop.id, org]]);
  const groups: JsonCanvasNode[] = bands
    .map((band) => ({
      id: tierGroupId(band.tierId),
      type: 'group' as const,
      label: band.name,
      ...rounded(band.box),
      partnerscape: { kind: 'tier' as const, tierId: band.tierId },
    }))
    .reverse();

  const title = workshop.organisation.trim() || workshop.title;
  const orgNode: JsonCanvasNode = {
    id: workshop.id,
    type: 'text',
    text: `## ${escapeMarkdown(title)}\n${escapeMarkdown(workshop.title)}`,
    ...rounded(org),
    color: '6',
    partnerscape: { kind: 'organisation', workshopId: workshop.id },
  };

  const partnerNodes: JsonCanvasNode[] = [];
  for (const band of bands) {
    for (const [id, box] of Object.entries(band.nodes)) {
      const partner = entities.partners[id];
      if (!partner) continue;
      boxes.set(id, box);
      const score = totalScore(partner.scores, workshop.scoreWeights);
      const noise = noiseReasons(partner, workshop).length > 0;
      const tierName = partner.tierId ? entities.tiers[partner.tierId]?.name : undefined;
      const lines = [
        `**${escapeMarkdown(partner.name)}**`,
        `${PARTNER_TYPE_LABELS[partner.type]} · ${escapeMarkdown(tierName ?? 'No tier')}`,
        `Score ${score.toFixed(1)} · ${PARTNER_STATUS_LABELS[partner.status]}${noise ? ' · noise' : ''}`,
      ];
      partnerNodes.push({
        id,
        type: 'text',
        text: lines.join('\n'),
        ...rounded(box),
        color: TYPE_COLORS[partner.type],
        partnerscape: {
          kind: 'partner',
          partnerId: id,
          type: partner.type,
          tierId: partner.tierId,
          status: partner.status,
          objective: partner.objective,
          scores: { ...partner.scores },
          totalScore: score,
          noise,
        },
      });
    }
  }

  const edges: JsonCanvasEdge[] = [];
  for (const edge of Object.values(entities.edges)) {
    const from = boxes.get(edge.from);
    const to = boxes.get(edge.to);
    if (!from || !to || edge.from === edge.to) continue;
    edges.push({
      id: edge.id,
      fromNode: edge.from,
      toNode: edge.to,
      fromSide: sideToward(from, to),
      toSide: sideToward(to, from),
      fromEnd: edge.bidirectional ? 'arrow' : 'none',
      toEnd: 'arrow',
      label: edge.label.trim() || EDGE_KIND_LABELS[edge.kind],
      partnerscape: { edgeId: edge.id, kind: edge.kind, bidirectional: edge.bidirectional },
    });
  }
  return { nodes: [...groups, orgNode, ...partnerNodes], edges };
}

/** The `.canvas` file text, tab-indented like Obsidian writes it. */
export function serializeJsonCanvas(canvas: JsonCanvas): string {
  return `${JSON.stringify(canvas, null, '\t')}\n`;
}
