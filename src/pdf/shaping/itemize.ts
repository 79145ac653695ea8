import { FAMILY_FACES, scriptFamily, type CjkLocale, type FaceId } from '../fonts/catalog';

export type Style = 'regular' | 'bold';

/** A stretch of one line drawn with one face at one bidi level; offsets index the line's text (UTF-16). */
export interface Item {
  start: number;
  end: number;
  face: FaceId;
  /** Bold drawn by outlining a face that has no bold file. */
  synthBold: boolean;
  level: number;
}

/** What the itemizer needs to know about the loaded faces. */
export interface Coverage {
  has(face: FaceId): boolean;
  covers(face: FaceId, codePoint: number): boolean;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
/** Joiners and variation selectors: part of a sequence, not something a face must have a glyph for. */
function isJoiner(codePoint: number): boolean {
  return codePoint === 0x200c || codePoint === 0x200d || (codePoint >= 0xfe00 && codePoint <= 0xfe0f) || (codePoint >= 0xe0100 && codePoint <= 0xe01ef);
}

function coversAll(coverage: Coverage, face: FaceId, grapheme: string): boolean {
  if (!coverage.has(face)) return false;
  for (const char of grapheme) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (!isJoiner(codePoint) && !coverage.covers(face, codePoint)) return false;
  }
  return true;
}

function styled(face: FaceId, style: Style, coverage: Coverage): { face: FaceId; synthBold: boolean } {
  if (style === 'regular') return { face, synthBold: false };
  const family = Object.values(FAMILY_FACES).find((f) => f.regular === face);
  const bold = family?.bold;
  return bold && coverage.has(bold) ? { face: bold, synthBold: false } : { face, synthBold: true };
}

/** The face for one grapheme: its script's face, else the face in use, else Noto Sans, else any loaded face; null when none has it. */
function faceFor(grapheme: string, locale: CjkLocale, current: FaceId | null, coverage: Coverage, order: readonly FaceId[]): FaceId | null {
  const family = scriptFamily(grapheme, locale);
  // Letters of Latin, Greek or Cyrillic go to Noto Sans; spaces, digits and punctuation stay with the face in use.
  // The emoji face only draws pictographs: its space is an em wide.
  const first: FaceId | null = family ? FAMILY_FACES[family].regular : /\p{L}/u.test(grapheme) || current === 'emoji' ? 'sans' : current;
  const candidates: (FaceId | null)[] = [first, current, 'sans', ...order];
  for (const face of candidates) if (face && coversAll(coverage, face, grapheme)) return face;
  return null;
}

/**
 * Splits a line into items of one face and one bidi level each, in logical order. A grapheme that no
 * loaded face can draw goes to Noto Sans, whose shaper then gives the visible .notdef box.
 */
export function itemize(text: string, levels: Uint8Array, style: Style, locale: CjkLocale, coverage: Coverage, order: readonly FaceId[]): { items: Item[]; missing: string[] } {
  const items: Item[] = [];
  const missing: string[] = [];
  let current: FaceId | null = null;
  for (const { segment, index } of graphemes.segment(text)) {
    let face = faceFor(segment, locale, current, coverage, order);
    if (!face) {
      if (!/^\s+$/u.test(segment)) missing.push(segment);
      face = 'sans';
    } else current = face;
    const level = levels[index] ?? 0;
    const { face: drawn, synthBold } = styled(face, style, coverage);
    const last = items.at(-1);
    if (last && last.face === drawn && last.level === level && last.synthBold === synthBold) last.end = index + segment.length;
    else items.push({ start: index, end: index + segment.length, face: drawn, synthBold, level });
  }
  return { items, missing };
}

/** Items in visual order (Unicode bidi rule L2): from the highest level down, reverse every run at that level or above. */
export function visualOrder<T extends { level: number }>(items: T[]): T[] {
  let out = items.slice();
  const highest = Math.max(0, ...items.map((i) => i.level));
  const lowestOdd = Math.min(...items.map((i) => i.level).filter((l) => l % 2 === 1), Infinity);
  for (let level = highest; level >= lowestOdd && level >= 1; level -= 1) {
    const next: T[] = [];
    for (let i = 0; i < out.length; ) {
      if ((out[i] as T).level < level) {
        next.push(out[i] as T);
        i += 1;
        continue;
      }
      let j = i;
      while (j < out.length && (out[j] as T).level >= level) j += 1;
      next.push(...out.slice(i, j).reverse());
      i = j;
    }
    out = next;
  }
  return out;
}
