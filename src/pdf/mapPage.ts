import { EDGE_KIND_LABELS, PARTNER_TYPE_LABELS } from '../domain/labels';
import { layoutEcosystem, ORG_NODE_SIZE } from '../domain/mapLayout';
import { EDGE_KINDS, PARTNER_TYPES, type EdgeKind } from '../domain/records';
import { totalScore } from '../domain/scoring';
import { contentBox, header, label, lineItems, newPage, type Box, type LayoutContext } from './frame';
import { arrowhead, exitPoint, type Pt } from './mapGeometry';
import type { Color, LaidOutPage, Primitive } from './primitives';
import { wrapText } from './text';
import { INK, TYPE_COLOR, TYPE_SOFT } from './theme';

export const EDGE_COLOR: Record<EdgeKind, Color> = {
  revenue: '#2f855a',
  technology: '#4a5d8c',
  data: '#7c4dcc',
  'co-marketing': '#c2417a',
  'co-innovation': '#b7791f',
  'customer-access': '#2b7bb9',
};

const LEGEND_WIDTH = 150;
const BAND_FILLS = ['#f3f5f9', '#fafbfc'];

/** The legend: partner types, relationship kinds, and what the rings mean. */
function legend(ctx: LayoutContext, box: Box): Primitive[] {
  const { metrics, bundle } = ctx;
  const items: Primitive[] = [];
  let y = box.y + 10;
  const heading = (text: string) => {
    items.push(...label(metrics, text, box.x, y, { font: 'bold', size: 9, maxWidth: box.w }));
    y += 14;
  };
  heading('Partner types');
  for (const type of PARTNER_TYPES) {
    items.push({ kind: 'rect', x: box.x, y: y - 7.5, w: 14, h: 9, radius: 2, fill: TYPE_SOFT[type], stroke: TYPE_COLOR[type], lineWidth: 1 });
    items.push(...label(metrics, PARTNER_TYPE_LABELS[type], box.x + 20, y, { size: 8.5, color: INK.text2, maxWidth: box.w - 20 }));
    y += 13;
  }
  y += 8;
  heading('Relationships');
  for (const kind of EDGE_KINDS) {
    items.push({ kind: 'line', x1: box.x, y1: y - 3, x2: box.x + 12, y2: y - 3, stroke: EDGE_COLOR[kind], lineWidth: 1.4 });
    items.push({ kind: 'polygon', points: arrowhead({ x: box.x, y: y - 3 }, { x: box.x + 16, y: y - 3 }, 5, 4.5), fill: EDGE_COLOR[kind] });
    items.push(...label(metrics, EDGE_KIND_LABELS[kind], box.x + 22, y, { size: 8.5, color: INK.text2, maxWidth: box.w - 22 }));
    y += 13;
  }
  y += 8;
  heading('Rings (inside out)');
  const tiers = [...bundle.tiers].sort((a, b) => a.order - b.order);
  for (const [i, tier] of tiers.entries()) {
    items.push(...label(metrics, `${i + 1}. ${tier.name}`, box.x, y, { size: 8.5, color: INK.text2, maxWidth: box.w }));
    y += 13;
  }
  return items;
}

/** Draws the tier map from the same layout function as the screen, scaled to fit `box`. */
export function drawEcosystem(ctx: LayoutContext, area: Box): Primitive[] {
  const { bundle, metrics, options } = ctx;
  const sideLegend = area.w - LEGEND_WIDTH > area.h * 0.9;
  const legendBox = sideLegend ? { x: area.x + area.w - LEGEND_WIDTH, y: area.y, w: LEGEND_WIDTH, h: area.h } : { x: area.x, y: area.y + area.h - 150, w: area.w, h: 150 };
  const box = sideLegend ? { ...area, w: area.w - LEGEND_WIDTH - 16 } : { ...area, h: area.h - 160 };
  const layout = layoutEcosystem(bundle, bundle.layout.positions);
  const b = layout.bounds;
  const scale = Math.min(box.w / (b.maxX - b.minX), box.h / (b.maxY - b.minY));
  const ox = box.x + (box.w - (b.maxX - b.minX) * scale) / 2 - b.minX * scale;
  const oy = box.y + (box.h - (b.maxY - b.minY) * scale) / 2 - b.minY * scale;
  const at = (p: Pt): Pt => ({ x: ox + p.x * scale, y: oy + p.y * scale });
  const center = at(layout.center);
  const items: Primitive[] = [];

  [...layout.rings].reverse().forEach((ring, i) => {
    items.push({ kind: 'circle', cx: center.x, cy: center.y, r: ring.outer * scale, fill: BAND_FILLS[(layout.rings.length - 1 - i) % 2], stroke: INK.borderStrong, lineWidth: 0.6 });
  });
  const ringLabelSize = Math.max(6, Math.min(9, 40 * scale));
  for (const ring of layout.rings) {
    const y = center.y + ring.outer * scale;
    const text = wrapText(ring.name.replace(/\s+/g, ' '), 'bold', ringLabelSize, Number.POSITIVE_INFINITY, metrics)[0];
    if (!text) continue;
    const w = Math.min(text.width, 160);
    items.push({ kind: 'rect', x: center.x - w / 2 - 4, y: y - ringLabelSize * 0.75, w: w + 8, h: ringLabelSize * 1.5, radius: 3, fill: INK.surface, stroke: INK.borderStrong, lineWidth: 0.5 });
    items.push(...label(metrics, ring.name, center.x, y + ringLabelSize * 0.35, { font: 'bold', size: ringLabelSize, color: INK.text2, maxWidth: 160, align: 'center' }));
  }

  const half = { w: (layout.nodeSize.width * scale) / 2, h: (layout.nodeSize.height * scale) / 2 };
  const orgHalf = { w: (ORG_NODE_SIZE.width * scale) / 2, h: (ORG_NODE_SIZE.height * scale) / 2 };
  const nodeOf = (id: string): { c: Pt; hw: number; hh: number } | null => {
    if (id === bundle.workshop.id) return { c: center, hw: orgHalf.w, hh: orgHalf.h };
    const p = layout.positions[id];
    return p ? { c: at(p), hw: half.w, hh: half.h } : null;
  };
  const edgeLabelSize = Math.max(5, Math.min(8, 30 * scale));
  const edgeLabels: Primitive[] = [];
  const occupied: Box[] = [{ x: center.x - orgHalf.w, y: center.y - orgHalf.h, w: orgHalf.w * 2, h: orgHalf.h * 2 }];
  for (const p of Object.values(layout.positions)) {
    const c = at(p);
    occupied.push({ x: c.x - half.w, y: c.y - half.h, w: half.w * 2, h: half.h * 2 });
  }
  for (const edge of bundle.edges) {
    const from = nodeOf(edge.from);
    const to = nodeOf(edge.to);
    if (!from || !to || edge.from === edge.to) continue;
    const a = exitPoint(from.c, from.hw + 1, from.hh + 1, to.c);
    const z = exitPoint(to.c, to.hw + 1, to.hh + 1, from.c);
    const color = EDGE_COLOR[edge.kind];
    const arrow = Math.max(4, 22 * scale);
    items.push({ kind: 'line', x1: a.x, y1: a.y, x2: z.x, y2: z.y, stroke: color, lineWidth: Math.max(0.6, 4 * scale) });
    items.push({ kind: 'polygon', points: arrowhead(a, z, arrow, arrow * 0.8), fill: color });
    if (edge.bidirectional) items.push({ kind: 'polygon', points: arrowhead(z, a, arrow, arrow * 0.8), fill: color });
    if (edge.label.trim()) {
      const maxW = Math.max(110, Math.hypot(z.x - a.x, z.y - a.y) * 0.9);
      const line = wrapText(edge.label.replace(/\s+/g, ' '), 'regular', edgeLabelSize, Number.POSITIVE_INFINITY, metrics)[0];
      const w = Math.min(line?.width ?? 0, maxW);
      const mid = placeLabel(a, z, w + 5, edgeLabelSize * 1.4, occupied);
      occupied.push({ x: mid.x - w / 2 - 2.5, y: mid.y - edgeLabelSize * 0.7, w: w + 5, h: edgeLabelSize * 1.4 });
      edgeLabels.push({ kind: 'rect', x: mid.x - w / 2 - 2.5, y: mid.y - edgeLabelSize * 0.7, w: w + 5, h: edgeLabelSize * 1.4, radius: 2, fill: INK.surface, stroke: color, lineWidth: 0.4 });
      edgeLabels.push(...label(metrics, edge.label, mid.x, mid.y + edgeLabelSize * 0.35, { size: edgeLabelSize, color: INK.text, maxWidth: maxW, align: 'center' }));
    }
  }

  const orgName = bundle.workshop.organisation || bundle.workshop.title;
  items.push({ kind: 'rect', x: center.x - orgHalf.w, y: center.y - orgHalf.h, w: orgHalf.w * 2, h: orgHalf.h * 2, radius: 6 * scale + 2, fill: INK.accent, tag: 'node' });
  items.push(...nodeText(ctx, orgName, center, orgHalf.w * 2 - 6, orgHalf.h * 2 - 3, INK.surface, Math.max(6, Math.min(12, 40 * scale))));

  const nameSize = Math.max(5, Math.min(10, 30 * scale));
  for (const partner of bundle.partners) {
    const p = layout.positions[partner.id];
    if (!p) continue;
    const c = at(p);
    items.push({ kind: 'rect', x: c.x - half.w, y: c.y - half.h, w: half.w * 2, h: half.h * 2, radius: 4 * scale + 1.5, fill: TYPE_SOFT[partner.type], stroke: TYPE_COLOR[partner.type], lineWidth: Math.max(0.6, 3 * scale), tag: 'node' });
    items.push(...nodeText(ctx, partner.name, c, half.w * 2 - 4, half.h * 2 - 2, INK.text, nameSize));
    if (options.showScores) {
      // The score sits in a badge on the node's top-right corner, leaving the whole box to the name.
      const score = totalScore(partner.scores, bundle.workshop.scoreWeights).toFixed(1);
      const badge = Math.max(5, nameSize * 0.95);
      const bw = metrics.width(score, 'bold', badge * 0.8) + 5;
      items.push({ kind: 'rect', x: c.x + half.w - bw + 2, y: c.y - half.h - badge * 0.55, w: bw, h: badge * 1.1, radius: badge * 0.5, fill: TYPE_COLOR[partner.type] });
      items.push(...label(metrics, score, c.x + half.w - bw / 2 + 2, c.y - half.h + badge * 0.3, { font: 'bold', size: badge * 0.8, color: INK.surface, align: 'center' }));
    }
  }
  items.push(...edgeLabels, ...legend(ctx, legendBox));
  return items;
}

/** True when every line break falls at a space, hyphen or CJK character, never inside a word. */
function breaksCleanly(text: string, starts: number[]): boolean {
  return starts.every((start) => start === 0 || /[\s\-/\u2e80-\u9fff]/u.test(text[start - 1] ?? ' '));
}

/** A node's name, centred: the largest size (down to `minSize`) at which it fits whole; shortened only below that. */
function nodeText(ctx: LayoutContext, text: string, c: Pt, width: number, height: number, color: Color, maxSize: number, minSize = 4.5): Primitive[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  for (let size = maxSize; size >= minSize - 0.01; size -= 0.5) {
    const lineHeight = size * 1.12;
    const lines = wrapText(clean, 'bold', size, width, ctx.metrics);
    const fits = lines.length * lineHeight <= height && breaksCleanly(clean, lines.map((l) => l.start));
    if (!fits && size - 0.5 >= minSize - 0.01) continue;
    const maxLines = Math.max(1, Math.floor(height / lineHeight));
    const shown = lines.slice(0, maxLines);
    const items: Primitive[] = [];
    let y = c.y - ((shown.length - 1) * lineHeight) / 2 + size * 0.36;
    shown.forEach((line, i) => {
      if (i === maxLines - 1 && lines.length > maxLines) {
        items.push(...label(ctx.metrics, clean.slice(line.start), c.x, y, { font: 'bold', size, color, maxWidth: width, align: 'center' }));
      } else items.push(...lineItems(line, c.x, y, size, color, 'center'));
      y += lineHeight;
    });
    return items;
  }
  return [];
}

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** The point along the edge where its label covers the least of the nodes and labels already placed. */
function placeLabel(a: Pt, z: Pt, w: number, h: number, occupied: Box[]): Pt {
  let best = { x: (a.x + z.x) / 2, y: (a.y + z.y) / 2 };
  let bestCost = Number.POSITIVE_INFINITY;
  for (const t of [0.5, 0.6, 0.4, 0.7, 0.3, 0.8, 0.2, 0.88, 0.12]) {
    const p = { x: a.x + (z.x - a.x) * t, y: a.y + (z.y - a.y) * t };
    const rect = { x: p.x - w / 2, y: p.y - h / 2, w, h };
    const cost = occupied.reduce((sum, o) => sum + overlap(rect, o), 0);
    if (cost < bestCost - 0.01) {
      best = p;
      bestCost = cost;
    }
    if (cost === 0) break;
  }
  return best;
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
