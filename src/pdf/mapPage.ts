import { layoutEcosystem, ORG_NODE_SIZE } from '../domain/mapLayout';
import { totalScore } from '../domain/scoring';
import { contentBox, header, label, newPage, type Box, type LayoutContext } from './frame';
import { placeEdgeLabels, type EdgeLabelPlacement } from './mapLabels';
import { arrowhead, exitPoint, type Pt } from './mapGeometry';
import { drawLegend, EDGE_COLOR, keyBadge, LEGEND_COLUMN, legendHeight, type KeyedLabel } from './mapLegend';
import { nodeText } from './mapNodeText';
import type { LaidOutPage, Primitive } from './primitives';
import { wrapText } from './text';
import { INK, TYPE_COLOR, TYPE_SOFT } from './theme';

export { EDGE_COLOR } from './mapLegend';

const BAND_FILLS = ['#f3f5f9', '#fafbfc'];
const LEGEND_GAP = 16;

/** The map's layout scaled into `box`: where everything sits and how big it is, in page points. */
function geometry(ctx: LayoutContext, box: Box) {
  const { bundle, metrics } = ctx;
  const layout = layoutEcosystem(bundle, bundle.layout.positions);
  const b = layout.bounds;
  const scale = Math.min(box.w / (b.maxX - b.minX), box.h / (b.maxY - b.minY));
  const ox = box.x + (box.w - (b.maxX - b.minX) * scale) / 2 - b.minX * scale;
  const oy = box.y + (box.h - (b.maxY - b.minY) * scale) / 2 - b.minY * scale;
  const at = (p: Pt): Pt => ({ x: ox + p.x * scale, y: oy + p.y * scale });
  const center = at(layout.center);
  const half = { w: (layout.nodeSize.width * scale) / 2, h: (layout.nodeSize.height * scale) / 2 };
  const orgHalf = { w: (ORG_NODE_SIZE.width * scale) / 2, h: (ORG_NODE_SIZE.height * scale) / 2 };
  const nameSize = Math.max(5, Math.min(10, 30 * scale));
  const badge = Math.max(5, nameSize * 0.95);
  const ringLabelSize = Math.max(6, Math.min(9, 40 * scale));
  const edgeLabelSize = Math.max(5, Math.min(8, 30 * scale));
  const scoreBadges = new Map<string, Box>();
  const nodes = new Map<string, Box>([[bundle.workshop.id, { x: center.x - orgHalf.w, y: center.y - orgHalf.h, w: orgHalf.w * 2, h: orgHalf.h * 2 }]]);
  for (const partner of bundle.partners) {
    const p = layout.positions[partner.id];
    if (!p) continue;
    const c = at(p);
    nodes.set(partner.id, { x: c.x - half.w, y: c.y - half.h, w: half.w * 2, h: half.h * 2 });
    const score = totalScore(partner.scores, bundle.workshop.scoreWeights).toFixed(1);
    const bw = metrics.width(score, 'bold', badge * 0.8) + 5;
    scoreBadges.set(partner.id, { x: c.x + half.w - bw + 2, y: c.y - half.h - badge * 0.55, w: bw, h: badge * 1.1 });
  }
  const ringLabels = layout.rings.map((ring) => {
    const text = wrapText(ring.name.replace(/\s+/g, ' '), 'bold', ringLabelSize, Number.POSITIVE_INFINITY, metrics)[0];
    const w = Math.min(text?.width ?? 0, 160);
    const y = center.y + ring.outer * scale;
    return { ring, box: { x: center.x - w / 2 - 4, y: y - ringLabelSize * 0.75, w: w + 8, h: ringLabelSize * 1.5 } };
  });
  return { layout, scale, center, nodes, scoreBadges, ringLabels, nameSize, badge, ringLabelSize, edgeLabelSize, orgHalf };
}

type Geometry = ReturnType<typeof geometry>;

/** Each labelled edge's ends and label size, then where its label goes (on the edge, or as a numbered key). */
function labelPlacements(ctx: LayoutContext, g: Geometry, box: Box) {
  const { bundle, metrics, options } = ctx;
  const edges = bundle.edges.filter((e) => e.from !== e.to && g.nodes.has(e.from) && g.nodes.has(e.to));
  const ends = edges.map((edge) => {
    const from = g.nodes.get(edge.from) as Box;
    const to = g.nodes.get(edge.to) as Box;
    const fc = { x: from.x + from.w / 2, y: from.y + from.h / 2 };
    const tc = { x: to.x + to.w / 2, y: to.y + to.h / 2 };
    return { edge, a: exitPoint(fc, from.w / 2 + 1, from.h / 2 + 1, tc), z: exitPoint(tc, to.w / 2 + 1, to.h / 2 + 1, fc) };
  });
  const labelled = ends.filter((e) => e.edge.label.trim());
  const size = g.edgeLabelSize;
  const requests = labelled.map(({ edge, a, z }) => {
    const maxW = Math.max(110, Math.hypot(z.x - a.x, z.y - a.y) * 0.9);
    const width = Math.min(metrics.width(edge.label.replace(/\s+/g, ' ').trim(), 'regular', size), maxW) + 5;
    return { a, z, width, height: size * 1.4 };
  });
  const obstacles = [...g.nodes.values(), ...(options.showScores ? g.scoreBadges.values() : []), ...g.ringLabels.map((r) => r.box)];
  const placements = placeEdgeLabels(requests, obstacles, box, size * 1.7);
  const keyed: KeyedLabel[] = [];
  placements.forEach((p, i) => {
    const edge = labelled[i]?.edge;
    if (p.kind !== 'key' || !edge) return;
    const name = (id: string) => (id === bundle.workshop.id ? bundle.workshop.organisation || bundle.workshop.title : (bundle.partners.find((x) => x.id === id)?.name ?? ''));
    keyed.push({ number: p.number, text: `${edge.label.trim()} — ${name(edge.from)} to ${name(edge.to)}`, color: EDGE_COLOR[edge.kind] });
  });
  keyed.sort((a, b) => a.number - b.number);
  return { ends, labelled, placements, keyed };
}

function edgeLabelItems(ctx: LayoutContext, g: Geometry, edge: { label: string; kind: keyof typeof EDGE_COLOR }, placement: EdgeLabelPlacement): Primitive[] {
  const color = EDGE_COLOR[edge.kind];
  if (placement.kind === 'key') {
    if (!placement.box) return [];
    const r = placement.box.w / 2;
    return [{ kind: 'rect', ...placement.box, tag: 'edge-key' }, ...keyBadge(ctx, placement.box.x + r, placement.box.y + r, r, placement.number, color)];
  }
  const { box, scale } = placement;
  const size = g.edgeLabelSize * scale;
  return [
    { kind: 'rect', ...box, radius: 2, fill: INK.surface, stroke: color, lineWidth: 0.4, tag: 'edge-label' },
    ...label(ctx.metrics, edge.label, box.x + box.w / 2, box.y + box.h / 2 + size * 0.35, { size, color: INK.text, maxWidth: box.w - 1, align: 'center' }),
  ];
}

/** Draws the tier map from the same layout function as the screen, scaled to fit `area`, legend included. */
export function drawEcosystem(ctx: LayoutContext, area: Box): Primitive[] {
  const { bundle, options, metrics } = ctx;
  const side = area.w - LEGEND_COLUMN > area.h * 0.9;
  const bottomColumns = Math.max(1, Math.floor((area.w + LEGEND_GAP) / (LEGEND_COLUMN + LEGEND_GAP)));
  // The legend's size depends on how many labels end up as keys, which depends on the map's size: settle it in a few rounds.
  let keyed: KeyedLabel[];
  let columns = 1;
  let reserved = side ? LEGEND_COLUMN : legendHeight(ctx, [], bottomColumns, (area.w - LEGEND_GAP * (bottomColumns - 1)) / bottomColumns);
  let box: Box;
  let g: Geometry;
  let placed: ReturnType<typeof labelPlacements>;
  for (let round = 0; ; round += 1) {
    box = side ? { ...area, w: area.w - reserved - LEGEND_GAP } : { ...area, h: area.h - reserved - 10 };
    g = geometry(ctx, box);
    placed = labelPlacements(ctx, g, box);
    keyed = placed.keyed;
    if (side) {
      while (columns < 4 && legendHeight(ctx, keyed, columns, LEGEND_COLUMN) > area.h) columns += 1;
      const need = columns * LEGEND_COLUMN + (columns - 1) * LEGEND_GAP;
      if (need <= reserved || round >= 4) break;
      reserved = need;
    } else {
      const need = legendHeight(ctx, keyed, bottomColumns, (area.w - LEGEND_GAP * (bottomColumns - 1)) / bottomColumns);
      if (need <= reserved || round >= 4) break;
      reserved = need;
    }
  }
  const legendBox = side ? { x: area.x + area.w - reserved, y: area.y, w: reserved, h: area.h } : { x: area.x, y: area.y + area.h - reserved, w: area.w, h: reserved };
  const { center, scale } = g;
  const items: Primitive[] = [];
  [...g.layout.rings].reverse().forEach((ring, i) => {
    items.push({ kind: 'circle', cx: center.x, cy: center.y, r: ring.outer * scale, fill: BAND_FILLS[(g.layout.rings.length - 1 - i) % 2], stroke: INK.borderStrong, lineWidth: 0.6 });
  });
  for (const { ring, box: r } of g.ringLabels) {
    items.push({ kind: 'rect', ...r, radius: 3, fill: INK.surface, stroke: INK.borderStrong, lineWidth: 0.5 });
    items.push(...label(metrics, ring.name, center.x, r.y + r.h / 2 + g.ringLabelSize * 0.35, { font: 'bold', size: g.ringLabelSize, color: INK.text2, maxWidth: 160, align: 'center' }));
  }
  for (const { edge, a, z } of placed.ends) {
    const color = EDGE_COLOR[edge.kind];
    const arrow = Math.max(4, 22 * scale);
    items.push({ kind: 'line', x1: a.x, y1: a.y, x2: z.x, y2: z.y, stroke: color, lineWidth: Math.max(0.6, 4 * scale) });
    items.push({ kind: 'polygon', points: arrowhead(a, z, arrow, arrow * 0.8), fill: color });
    if (edge.bidirectional) items.push({ kind: 'polygon', points: arrowhead(z, a, arrow, arrow * 0.8), fill: color });
  }
  const org = g.nodes.get(bundle.workshop.id) as Box;
  items.push({ kind: 'rect', ...org, radius: 6 * scale + 2, fill: INK.accent, tag: 'node' });
  items.push(...nodeText(ctx, bundle.workshop.organisation || bundle.workshop.title, center, org.w - 6, org.h - 3, INK.surface, Math.max(6, Math.min(12, 40 * scale))));
  for (const partner of bundle.partners) {
    const n = g.nodes.get(partner.id);
    if (!n) continue;
    const c = { x: n.x + n.w / 2, y: n.y + n.h / 2 };
    items.push({ kind: 'rect', ...n, radius: 4 * scale + 1.5, fill: TYPE_SOFT[partner.type], stroke: TYPE_COLOR[partner.type], lineWidth: Math.max(0.6, 3 * scale), tag: 'node' });
    items.push(...nodeText(ctx, partner.name, c, n.w - 4, n.h - 2, INK.text, g.nameSize));
    const badge = g.scoreBadges.get(partner.id);
    if (options.showScores && badge) {
      // The score sits in a badge on the node's top-right corner, leaving the whole box to the name.
      const score = totalScore(partner.scores, bundle.workshop.scoreWeights).toFixed(1);
      items.push({ kind: 'rect', ...badge, radius: g.badge * 0.5, fill: TYPE_COLOR[partner.type], tag: 'score-badge' });
      items.push(...label(metrics, score, badge.x + badge.w / 2, badge.y + badge.h / 2 + g.badge * 0.28, { font: 'bold', size: g.badge * 0.8, color: INK.surface, align: 'center' }));
    }
  }
  placed.labelled.forEach(({ edge }, i) => {
    const placement = placed.placements[i];
    if (placement) items.push(...edgeLabelItems(ctx, g, edge, placement));
  });
  items.push(...drawLegend(ctx, keyed, legendBox, side ? columns : bottomColumns));
  return items;
}

export function layoutMapPage(ctx: LayoutContext): LaidOutPage {
  const page = newPage(ctx.size);
  const { bundle, options } = ctx;
  page.items.push(...header(ctx, 'Ecosystem tier map', [bundle.workshop.title, bundle.workshop.date || options.date].join('  ·  ')));
  const box = contentBox(ctx.size);
  if (bundle.partners.length === 0) {
    page.items.push(...label(ctx.metrics, 'No partners yet: add partners to see them on the map.', box.x, box.y + 20, { size: 11, color: INK.text2 }));
  }
  page.items.push(...drawEcosystem(ctx, box));
  return page;
}
