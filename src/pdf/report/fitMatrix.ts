import { PARTNER_TYPE_LABELS } from '../../domain/labels';
import { PARTNER_TYPES, type Partner } from '../../domain/records';
import { label, lineItems } from '../frame';
import { wrapText } from '../text';
import type { Primitive } from '../primitives';
import type { TextMetrics } from '../text';
import { INK, TYPE_COLOR, TYPE_SOFT } from '../theme';
import type { Flow } from './flow';

export function bubbleRadius(culture: number, scale: number): number {
  return (4 + culture * 1.8) * scale;
}

/** Partners sharing a cell sit side by side in a small grid inside it, each bubble small enough to stay clear. */
export function cellSlots(partners: Partner[], step: number): Map<string, { dx: number; dy: number; maxR: number }> {
  const groups = new Map<string, Partner[]>();
  for (const p of partners) {
    const key = `${p.scores.alignment}:${p.scores.execution}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  const out = new Map<string, { dx: number; dy: number; maxR: number }>();
  for (const group of groups.values()) {
    const cols = Math.ceil(Math.sqrt(group.length));
    const rows = Math.ceil(group.length / cols);
    const slot = (step - 6) / Math.max(cols, rows);
    group.forEach((p, i) => {
      const col = i % cols;
      const row = Math.floor(i / cols);
      const inRow = Math.min(cols, group.length - row * cols);
      out.set(p.id, { dx: (col - (inRow - 1) / 2) * slot, dy: (row - (rows - 1) / 2) * slot, maxR: slot / 2 - 1 });
    });
  }
  return out;
}

function axisLabels(metrics: TextMetrics, x0: number, y0: number, size: number, step: number): Primitive[] {
  const items: Primitive[] = [];
  for (let v = 1; v <= 5; v += 1) {
    const at = (v - 1) * step + step / 2;
    items.push(
      { kind: 'line', x1: x0 + at, y1: y0, x2: x0 + at, y2: y0 + size, stroke: INK.border, lineWidth: 0.5 },
      { kind: 'line', x1: x0, y1: y0 + size - at, x2: x0 + size, y2: y0 + size - at, stroke: INK.border, lineWidth: 0.5 },
      ...label(metrics, String(v), x0 + at, y0 + size + 12, { size: 8.5, color: INK.text2, align: 'center' }),
      ...label(metrics, String(v), x0 - 6, y0 + size - at + 3, { size: 8.5, color: INK.text2, align: 'right' }),
    );
  }
  return items;
}

/** Alignment (x) against execution (y); bubble size = cultural fit; colour and letter = type; numbers key the list. */
export function fitMatrixSection(flow: Flow, partners: Partner[]): void {
  const { metrics } = flow.ctx;
  flow.paragraph('Strategic alignment across, execution capability up; the bubble grows with cultural fit. Top right is where to invest.', { size: 9.5, color: INK.text2, after: 10 });
  if (partners.length === 0) return flow.paragraph('No partners yet.', { color: INK.text2 });
  const size = Math.min(flow.box.w - 40, flow.box.h - 110, 420);
  flow.ensure(size + 60);
  const x0 = flow.box.x + 34;
  const y0 = flow.y + 10;
  const step = size / 5;
  const items = flow.items;
  items.push(
    { kind: 'rect', x: x0, y: y0, w: size, h: size, fill: INK.surface, stroke: INK.borderStrong, lineWidth: 0.75 },
    { kind: 'rect', x: x0 + size / 2, y: y0, w: size / 2, h: size / 2, fill: '#eef6f0' },
    { kind: 'rect', x: x0, y: y0 + size / 2, w: size / 2, h: size / 2, fill: '#fbefed' },
    ...axisLabels(metrics, x0, y0, size, step),
    // Quadrant names sit outside the plot, so no bubble ever covers them.
    ...label(metrics, 'Invest', x0 + size, y0 - 5, { font: 'bold', size: 8.5, color: INK.ok, align: 'right' }),
    ...label(metrics, 'Cut or renegotiate', x0, y0 + size + 26, { font: 'bold', size: 8.5, color: INK.danger }),
    ...label(metrics, 'Strategic alignment', x0 + size / 2, y0 + size + 26, { font: 'bold', size: 9, color: INK.text2, align: 'center' }),
    { kind: 'rect', x: x0, y: y0, w: size, h: size, stroke: INK.borderStrong, lineWidth: 0.75 },
    ...label(metrics, 'Execution capability', x0, y0 - 5, { font: 'bold', size: 9, color: INK.text2 }),
  );
  const scale = Math.min(1, step / 60);
  const slots = cellSlots(partners, step);
  partners.forEach((p, i) => {
    const o = slots.get(p.id) ?? { dx: 0, dy: 0, maxR: step / 2 };
    const cx = x0 + (p.scores.alignment - 0.5) * step + o.dx;
    const cy = y0 + size - (p.scores.execution - 0.5) * step + o.dy;
    const r = Math.max(5.5, Math.min(bubbleRadius(p.scores.culture, scale), o.maxR));
    // The number inside the bubble keys it to the list below; colour gives the type.
    const numberSize = Math.min(8.5, Math.max(5.5, r * 0.95));
    items.push(
      { kind: 'circle', cx, cy, r, fill: TYPE_SOFT[p.type], stroke: TYPE_COLOR[p.type], lineWidth: 1.1 },
      ...label(metrics, String(i + 1), cx, cy + numberSize * 0.36, { font: 'bold', size: numberSize, color: TYPE_COLOR[p.type], align: 'center' }),
    );
  });
  flow.y = y0 + size + 48;
  const keyW = flow.box.w / 2 - 10;
  PARTNER_TYPES.forEach((type, i) => {
    const x = flow.box.x + i * 110;
    items.push({ kind: 'circle', cx: x + 5, cy: flow.y - 3, r: 5, fill: TYPE_SOFT[type], stroke: TYPE_COLOR[type], lineWidth: 1 });
    items.push(...label(metrics, PARTNER_TYPE_LABELS[type], x + 14, flow.y, { size: 8.5, color: INK.text2, maxWidth: 90 }));
  });
  flow.y += 18;
  // The numbered key, two columns, names whole (wrapped), continuing on the next page when the list is long.
  for (let i = 0; i < partners.length; i += 2) {
    const pair = [partners[i], partners[i + 1]].map((p, column) =>
      p ? wrapText(`${i + column + 1}. ${p.name} (${PARTNER_TYPE_LABELS[p.type]}, culture ${p.scores.culture})`, 'regular', 8.5, keyW, metrics) : [],
    );
    const height = Math.max(...pair.map((lines) => lines.length)) * 11 + 2;
    flow.ensure(height);
    pair.forEach((lines, column) => lines.forEach((line, l) => flow.items.push(...lineItems(line, flow.box.x + column * (keyW + 20), flow.y + 9 + l * 11, 8.5, INK.text))));
    flow.y += height;
  }
}
