import LineBreaker from 'linebreak';

export interface BreakPoint {
  /** UTF-16 offset where a new line may start. */
  position: number;
  /** A hard line break (newline) ends the line here. */
  required: boolean;
}

const THAI = /[\u0e00-\u0e7f]+/gu;
const COMPOUND = /^\p{L}-\p{L}$/u;
const thaiWords = new Intl.Segmenter('th', { granularity: 'word' });

/**
 * Where lines may break, by the Unicode line breaking algorithm (UAX #14): after spaces, between CJK
 * characters but never before 。、ー」 and the like. Thai writes no spaces, so its word boundaries come
 * from Intl.Segmenter's dictionary.
 */
export function breakPoints(text: string): BreakPoint[] {
  const points = new Map<number, boolean>();
  const breaker = new LineBreaker(text);
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
    // Compounds stay whole ("on-premise", "co-marketing"): a reader searching for them finds them.
    if (!bk.required && COMPOUND.test(text.slice(Math.max(0, bk.position - 2), bk.position + 1))) continue;
    points.set(bk.position, bk.required);
  }
  for (const match of text.matchAll(THAI)) {
    const start = match.index;
    for (const { index } of thaiWords.segment(match[0])) if (index > 0 && !points.has(start + index)) points.set(start + index, false);
  }
  return [...points].map(([position, required]) => ({ position, required })).sort((a, b) => a.position - b.position);
}
