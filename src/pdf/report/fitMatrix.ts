import { PARTNER_TYPE_LABELS } from '../../domain/labels';
import { PARTNER_TYPES, type Partner } from '../../domain/records';
import { label } from '../frame';
import type { Primitive } from '../primitives';
import type { TextMetrics } from '../text';
import { INK, TYPE_COLOR, TYPE_LETTER, TYPE_SOFT } from '../theme';
import type { Flow } from './flow';

export function bubbleRadius(culture: number, scale: number): number {
  return (4 + culture * 1.8) * scale;
}

/** Where each partner's bubble sits: its (alignment, execution) point, spread on a small circle when several share it. */
export function bubbleOffsets(partners: Partner[], spacing: number): Map<string, { dx: number; dy: number }> {
  const groups = new Map<string, Partner[]>();
  for (const p of partners) {
    const key = `${p.scores.alignment}:${p.scores.execution}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  const out = new Map<string, { dx: number; dy: number }>();
  for (const group of groups.values()) {
    const radius = group.length === 1 ? 0 : Math.min(spacing * 0.32, 9 + group.length * 3.5);
    group.forEach((p, i) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / group.length;
      out.set(p.id, { dx: radius * Math.cos(angle), dy: radius * Math.sin(angle) });
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
    ...label(metrics, 'Invest', x0 + size - 6, y0 + 14, { font: 'bold', size: 8.5, color: INK.ok, align: 'right' }),
    ...label(metrics, 'Cut or renegotiate', x0 + 6, y0 + size - 8, { font: 'bold', size: 8.5, color: INK.danger }),
    ...label(metrics, 'Strategic alignment', x0 + size / 2, y0 + size + 26, { font: 'bold', size: 9, color: INK.text2, align: 'center' }),
    { kind: 'rect', x: x0, y: y0, w: size, h: size, stroke: INK.borderStrong, lineWidth: 0.75 },
    ...label(metrics, 'Execution capability', x0, y0 - 5, { font: 'bold', size: 9, color: INK.text2 }),
  );
  const scale = Math.min(1, step / 60);
  const offsets = bubbleOffsets(partners, step);
  partners.forEach((p, i) => {
    const o = offsets.get(p.id) ?? { dx: 0, dy: 0 };
    const cx = x0 + (p.scores.alignment - 0.5) * step + o.dx;
    const cy = y0 + size - (p.scores.execution - 0.5) * step + o.dy;
    const r = bubbleRadius(p.scores.culture, scale);
    items.push(
      { kind: 'circle', cx, cy, r, fill: TYPE_SOFT[p.type], stroke: TYPE_COLOR[p.type], lineWidth: 1.2 },
      ...label(metrics, TYPE_LETTER[p.type], cx, cy + 3, { font: 'bold', size: 8.5, color: TYPE_COLOR[p.type], align: 'center' }),
      ...label(metrics, String(i + 1), cx + r * 0.7, cy - r * 0.7, { font: 'bold', size: 7, color: INK.text }),
    );
  });
  flow.y = y0 + size + 48;
  const keyW = flow.box.w / 2 - 10;
  PARTNER_TYPES.forEach((type, i) => {
    const x = flow.box.x + i * 110;
    items.push({ kind: 'circle', cx: x + 5, cy: flow.y - 3, r: 5, fill: TYPE_SOFT[type], stroke: TYPE_COLOR[type], lineWidth: 1 });
    items.push(...label(metrics, `${TYPE_LETTER[type]}  ${PARTNER_TYPE_LABELS[type]}`, x + 14, flow.y, { size: 8.5, color: INK.text2, maxWidth: 90 }));
  });
  flow.y += 18;
  // The numbered key, two columns, continuing on the next page when the list is long.
  for (let i = 0; i < partners.length; i += 2) {
    flow.ensure(12);
    [partners[i], partners[i + 1]].forEach((p, column) => {
      if (!p) return;
      const n = i + column + 1;
      flow.items.push(...label(metrics, `${n}. ${p.name} (${TYPE_LETTER[p.type]}, culture ${p.scores.culture})`, flow.box.x + column * (keyW + 20), flow.y + 9, { size: 8.5, maxWidth: keyW }));
    });
    flow.y += 13;
  }
}
