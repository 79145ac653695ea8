import { label, lineItems, type LayoutContext } from './frame';
import type { Pt } from './mapGeometry';
import type { Color, Primitive } from './primitives';
import { wrapText } from './text';

/** True when every line break falls at a space, hyphen or CJK character, never inside a word. */
function breaksCleanly(text: string, starts: number[]): boolean {
  return starts.every((start) => start === 0 || /[\s\-/\u2e80-\u9fff]/u.test(text[start - 1] ?? ' '));
}

/** A node's name, centred: the largest size (down to `minSize`) at which it fits whole; shortened only below that. */
export function nodeText(ctx: LayoutContext, text: string, c: Pt, width: number, height: number, color: Color, maxSize: number, minSize = 4.5): Primitive[] {
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
      } else items.push(...lineItems(line, c.x, y, size, color, 'center', 'bold'));
      y += lineHeight;
    });
    return items;
  }
  return [];
}

