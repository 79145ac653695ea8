// Turns shaped lines into PDF text operators (glyph IDs, never characters) and keeps, per face, which glyphs
// were drawn, their widths, and a ToUnicode entry for every glyph that stands for exactly one piece of text.
// Where a glyph can't say which text it draws (reordered Indic syllables, dotted Arabic letters drawn as a base
// and a mark, a shared glyph, the box for a missing character), the glyphs get an ActualText span instead,
// so copying and searching give back the original characters in logical order.
import type { FaceId } from '../fonts/catalog';
import type { ShapedGlyph, ShapedLine, ShapedRun } from './engine';

export interface FaceUse {
  glyphs: Set<number>;
  unicodes: Set<number>;
  /** Glyph → the text it stands for, first use wins. */
  toUnicode: Map<number, string>;
}

const FACE_MARK = '\u0001';
/** Where in the operators a face's resource name goes, filled in once the font is registered. */
const faceToken = (face: FaceId) => `/${FACE_MARK}${face}${FACE_MARK}`;

/** The operators with each face's jsPDF resource name in place of its token. */
export function withFontResources(ops: string, resources: Map<FaceId, string>): string {
  return ops.split(FACE_MARK).map((part, i) => (i % 2 === 1 ? (resources.get(part as FaceId) ?? part) : part)).join('');
}

const hex4 = (n: number) => n.toString(16).padStart(4, '0');
export const utf16Hex = (text: string) => Array.from({ length: text.length }, (_, i) => hex4(text.charCodeAt(i))).join('');
const num = (n: number) => (Math.abs(n) < 0.0005 ? '0' : Number(n.toFixed(3)).toString());

function rgb(color: string): string {
  const v = parseInt(color.slice(1), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255].map((c) => num(c / 255)).join(' ');
}

/** Groups a run's glyphs (visual order) into clusters, each with the logical text it draws. */
function clusters(line: ShapedLine, run: ShapedRun): { text: string; glyphs: ShapedGlyph[] }[] {
  const starts = [...new Set(run.glyphs.map((g) => g.cluster))].sort((a, b) => a - b);
  const endOf = (c: number) => starts.find((s) => s > c) ?? run.end;
  const out: { text: string; glyphs: ShapedGlyph[] }[] = [];
  for (const glyph of run.glyphs) {
    const last = out.at(-1);
    if (last && last.glyphs[0]?.cluster === glyph.cluster) last.glyphs.push(glyph);
    else out.push({ text: line.text.slice(glyph.cluster, endOf(glyph.cluster)), glyphs: [glyph] });
  }
  return out;
}

export interface GlyphWidths {
  /** The glyph's advance in the font (hmtx), 1/1000 em: what a PDF reader moves by after drawing it. */
  width(face: FaceId, gid: number): number;
}

export class GlyphTextWriter {
  readonly uses = new Map<FaceId, FaceUse>();

  constructor(private readonly widths: GlyphWidths) {}

  private use(face: FaceId): FaceUse {
    let use = this.uses.get(face);
    if (!use) {
      // The space keeps a BMP cmap in every subset (emoji-only subsets would have none, and jsPDF needs one).
      use = { glyphs: new Set([0]), unicodes: new Set([0x20]), toUnicode: new Map() };
      this.uses.set(face, use);
    }
    return use;
  }

  /** Operators that draw `line` with its left edge at (x, baseline) in PDF space (y up). */
  lineOperators(line: ShapedLine, x: number, baseline: number, size: number, color: string): string {
    const ops: string[] = ['q', `${rgb(color)} rg`, 'BT'];
    // Runs are placed left to right but written in reading order, which is what text extraction follows.
    const lefts = new Map<ShapedRun, number>();
    /** Characters no font has: their .notdef glyph keeps the text, and a drawn box shows the gap in every viewer. */
    const boxes: [number, number][] = [];
    let left = x;
    for (const run of line.runs) {
      lefts.set(run, left);
      left += (run.width * size) / 1000;
    }
    for (const run of [...line.runs].sort((a, b) => a.start - b.start)) {
      const use = this.use(run.face);
      for (const char of line.text.slice(run.start, run.end)) use.unicodes.add(char.codePointAt(0) ?? 0);
      ops.push(`${faceToken(run.face)} ${num(size)} Tf`);
      ops.push(run.synthBold ? `2 Tr ${num(size * 0.03)} w ${rgb(color)} RG` : '0 Tr');
      const runLeft = lefts.get(run) ?? x;
      ops.push(`1 0 0 1 ${num(runLeft)} ${num(baseline)} Tm`);
      ops.push(...this.runOperators(line, run, use, size, (at, width) => boxes.push([runLeft + (at * size) / 1000, (width * size) / 1000])));
    }
    ops.push('ET');
    if (boxes.length) {
      ops.push(`${rgb(color)} RG ${num(size * 0.06)} w`);
      for (const [bx, bw] of boxes) ops.push(`${num(bx + bw * 0.15)} ${num(baseline)} ${num(bw * 0.7)} ${num(size * 0.7)} re S`);
    }
    ops.push('Q');
    return ops.join('\n');
  }

  private runOperators(line: ShapedLine, run: ShapedRun, use: FaceUse, size: number, missing: (at: number, width: number) => void): string[] {
    const ops: string[] = [];
    let array: string[] = [];
    let rise = 0;
    let pen = 0; // where the shaper puts the next glyph
    let expect = 0; // where the PDF reader's pen is
    const flush = () => {
      if (array.length) ops.push(`[${array.join(' ')}] TJ`);
      array = [];
    };
    const place = (glyph: ShapedGlyph, origin: number) => {
      use.glyphs.add(glyph.gid);
      const target = origin + glyph.dx;
      if (glyph.dy !== rise) {
        flush();
        rise = glyph.dy;
        ops.push(`${num((rise * size) / 1000)} Ts`);
      }
      if (Math.abs(expect - target) > 0.01) array.push(num(expect - target));
      array.push(`<${hex4(glyph.gid)}>`);
      expect = target + this.widths.width(run.face, glyph.gid);
      if (glyph.gid === 0) missing(target, glyph.advance);
    };
    // Where the shaper puts each glyph, before any reordering of what is written first.
    const placed = clusters(line, run).map((cluster) => {
      const origins = new Map<ShapedGlyph, number>();
      for (const g of cluster.glyphs) {
        origins.set(g, pen);
        pen += g.advance;
      }
      return { ...cluster, origins };
    });
    // Right to left, glyphs are written in reading order (each at its own place), so that text extraction
    // meets every base letter before the marks on it, and letters in logical order.
    if (run.rtl) placed.reverse();
    else {
      // Left to right, a mark of its own (a Thai tone mark) joins the letter before it: readers place a
      // zero-width glyph by its origin, which sits at the next letter.
      for (let i = placed.length - 1; i > 0; i -= 1) {
        const here = placed[i];
        const base = placed[i - 1];
        if (!here || !base || !here.glyphs.every((g) => g.advance === 0)) continue;
        placed.splice(i, 1);
        placed[i - 1] = { text: base.text + here.text, glyphs: [...base.glyphs, ...here.glyphs], origins: new Map([...base.origins, ...here.origins]) };
      }
    }
    for (const cluster of placed) {
      const [only] = cluster.glyphs;
      const known = only ? use.toUnicode.get(only.gid) : undefined;
      const simple = cluster.glyphs.length === 1 && only && only.gid !== 0 && cluster.text && (known === undefined || known === cluster.text);
      const at = (g: ShapedGlyph) => cluster.origins.get(g) ?? 0;
      if (simple && only) {
        use.toUnicode.set(only.gid, cluster.text);
        place(only, at(only));
        continue;
      }
      // The glyphs that move the pen carry the text; zero-width marks get an empty ActualText.
      const moving = cluster.glyphs.filter((g) => g.advance !== 0);
      const marks = cluster.glyphs.filter((g) => g.advance === 0);
      const carriers = moving.length ? moving : marks.splice(0);
      flush();
      ops.push(`/Span <</ActualText <FEFF${utf16Hex(cluster.text)}>>> BDC`);
      carriers.forEach((g) => place(g, at(g)));
      flush();
      ops.push('EMC');
      if (marks.length) {
        ops.push('/Span <</ActualText <FEFF>>> BDC');
        marks.forEach((g) => place(g, at(g)));
        flush();
        ops.push('EMC');
      }
    }
    flush();
    if (rise !== 0) ops.push('0 Ts');
    return ops;
  }
}
