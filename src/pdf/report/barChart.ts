import { label } from '../frame';
import type { Color, Primitive } from '../primitives';
import type { TextMetrics } from '../text';
import { INK } from '../theme';

export interface Bar {
  label: string;
  value: number | null;
  color: Color;
}

export interface BarPanel {
  title: string;
  bars: Bar[];
  format: (value: number) => string;
}

const TITLE = 14;
const VALUE = 12;
const AXIS_LABEL = 14;

/** One small vertical bar chart: bars from a shared zero line, the value above each, "no data" where missing. */
export function barPanel(metrics: TextMetrics, panel: BarPanel, x: number, y: number, w: number, h: number): Primitive[] {
  const items: Primitive[] = [...label(metrics, panel.title, x, y + 9, { font: 'bold', size: 8.5, color: INK.text, maxWidth: w })];
  const plotTop = y + TITLE + VALUE;
  const base = y + h - AXIS_LABEL;
  const plotH = base - plotTop;
  const values = panel.bars.map((b) => b.value ?? 0);
  const max = Math.max(0, ...values);
  const min = Math.min(0, ...values);
  const span = max - min || 1;
  const zero = base - ((0 - min) / span) * plotH;
  const slot = w / Math.max(1, panel.bars.length);
  const barW = Math.min(34, slot * 0.62);
  items.push({ kind: 'rect', x, y: plotTop - VALUE, w, h: base - plotTop + VALUE, fill: '#fafbfc', tag: 'chart' });
  panel.bars.forEach((bar, i) => {
    const cx = x + slot * i + slot / 2;
    if (bar.value === null) {
      items.push(...label(metrics, 'no data', cx, zero - 3, { size: 7, color: INK.text3, align: 'center', maxWidth: slot - 2 }));
    } else {
      const top = zero - ((bar.value - 0) / span) * plotH;
      const y0 = Math.min(top, zero);
      const height = Math.max(0.8, Math.abs(zero - top));
      items.push({ kind: 'rect', x: cx - barW / 2, y: y0, w: barW, h: height, fill: bar.color, tag: 'bar' });
      const labelY = bar.value >= 0 ? y0 - 3 : y0 + height + 8;
      items.push(...label(metrics, panel.format(bar.value), cx, labelY, { font: 'bold', size: 7.5, color: INK.text, align: 'center', maxWidth: slot - 2 }));
    }
    items.push(...label(metrics, bar.label, cx, base + 10, { size: 7.5, color: INK.text2, align: 'center', maxWidth: slot - 3 }));
  });
  items.push({ kind: 'line', x1: x, y1: zero, x2: x + w, y2: zero, stroke: INK.borderStrong, lineWidth: 0.6 });
  return items;
}
