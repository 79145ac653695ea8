import type { LaidOutPage, Primitive } from '../../src/pdf/primitives';

type TextItem = Extract<Primitive, { kind: 'text' }>;
export interface Extent {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** A text run's ink box: its measured advance, from the ascender to the descender. */
export function textBox(t: TextItem): Extent {
  return { x1: t.x, y1: t.y - t.size * 0.76, x2: t.x + t.width, y2: t.y + t.size * 0.22 };
}

/** Printers leave about a quarter inch unprinted: every run stays further in than that. */
const MARGIN = 24;

/** Text runs reaching past the printable area, and pairs of text runs that overlap (by more than a hair). */
export function textProblems(page: LaidOutPage): string[] {
  const texts = page.items.filter((i): i is TextItem => i.kind === 'text');
  const problems: string[] = [];
  const { width, height } = page.size;
  for (const t of texts) {
    const b = textBox(t);
    if (b.x1 < MARGIN - 0.5 || b.x2 > width - MARGIN + 0.5 || b.y1 < MARGIN - 0.5 || b.y2 > height - MARGIN + 0.5) problems.push(`outside: “${t.text}” at ${t.x.toFixed(1)},${t.y.toFixed(1)}`);
  }
  // Sweep by left edge, so 1,000 runs stay cheap.
  const boxes = texts.map((t) => ({ t, b: textBox(t) })).sort((p, q) => p.b.x1 - q.b.x1);
  const hair = 0.4;
  for (let i = 0; i < boxes.length; i += 1) {
    const a = boxes[i];
    if (!a) continue;
    for (let j = i + 1; j < boxes.length; j += 1) {
      const c = boxes[j];
      if (!c || c.b.x1 >= a.b.x2 - hair) break;
      if (c.b.y1 < a.b.y2 - hair && a.b.y1 < c.b.y2 - hair) problems.push(`overlap: “${a.t.text}” / “${c.t.text}”`);
    }
  }
  return problems;
}
