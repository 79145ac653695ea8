// The text engine: HarfBuzz shapes every run (Arabic joining, Indic reordering, Thai marks, kerning), bidi-js
// orders runs, and the result is what the layout measures and what draw.ts places glyph by glyph.
import bidiFactory from 'bidi-js';
import * as hb from 'harfbuzzjs';
import { FACE_IDS, type CjkLocale, type FaceId } from '../fonts/catalog';
import type { TextHints, TextMetrics } from '../text';
import { itemize, visualOrder, type Coverage, type Style } from './itemize';

const bidi = bidiFactory();

/** One glyph, in PDF text space units (1/1000 em). */
export interface ShapedGlyph {
  gid: number;
  advance: number;
  dx: number;
  dy: number;
  /** UTF-16 offset in the line's text where this glyph's cluster starts. */
  cluster: number;
}

export interface ShapedRun {
  face: FaceId;
  synthBold: boolean;
  rtl: boolean;
  /** The logical range of the line this run draws. */
  start: number;
  end: number;
  /** Glyphs in visual order (left to right). */
  glyphs: ShapedGlyph[];
  /** Sum of advances, 1/1000 em. */
  width: number;
}

export interface ShapedLine {
  text: string;
  /** Runs in visual order. */
  runs: ShapedRun[];
  width: number;
  /** Graphemes no loaded face can draw: shown as a box, kept in the text layer. */
  missing: string[];
}

interface LoadedFace {
  font: hb.Font;
  upem: number;
  unicodes: Set<number>;
}

export interface TextEngine {
  metrics: TextMetrics;
  shapeLine(text: string, style: Style, hints?: TextHints): ShapedLine;
  /** A glyph's advance as the font states it (hmtx), 1/1000 em. */
  glyphWidth(face: FaceId, gid: number): number;
}

/** Builds the engine from the loaded font files (only the faces the export needs). */
export function createTextEngine(files: Map<FaceId, Uint8Array>): TextEngine {
  const loaded = new Map<FaceId, LoadedFace>();
  for (const [id, bytes] of files) {
    const face = new hb.Face(new hb.Blob(bytes));
    loaded.set(id, { font: new hb.Font(face), upem: face.upem, unicodes: new Set(face.collectUnicodes()) });
  }
  const order = FACE_IDS.filter((id) => loaded.has(id));
  const coverage: Coverage = {
    has: (face) => loaded.has(face),
    covers: (face, codePoint) => loaded.get(face)?.unicodes.has(codePoint) ?? false,
  };
  const lines = new Map<string, ShapedLine>();

  function shapeRun(text: string, start: number, end: number, face: FaceId, rtl: boolean): ShapedGlyph[] {
    const f = loaded.get(face) as LoadedFace;
    const buffer = new hb.Buffer();
    buffer.addText(text, start, end - start);
    buffer.setDirection(rtl ? hb.Direction.RTL : hb.Direction.LTR);
    buffer.guessSegmentProperties();
    // Each character keeps its own cluster where the font allows, so the text layer can map glyphs to characters.
    buffer.setClusterLevel(hb.ClusterLevel.MONOTONE_CHARACTERS);
    hb.shape(f.font, buffer);
    const scale = 1000 / f.upem;
    return buffer.getGlyphInfosAndPositions().map((g) => ({
      gid: g.codepoint,
      advance: (g.xAdvance ?? 0) * scale,
      dx: (g.xOffset ?? 0) * scale,
      dy: (g.yOffset ?? 0) * scale,
      cluster: g.cluster,
    }));
  }

  function shapeLine(text: string, style: Style, hints: TextHints = {}): ShapedLine {
    const locale: CjkLocale = hints.locale ?? 'sc';
    const key = `${style}|${locale}|${hints.rtl ? 'r' : hints.rtl === false ? 'l' : 'a'}|${text}`;
    const cached = lines.get(key);
    if (cached) return cached;
    const { levels } = bidi.getEmbeddingLevels(text, hints.rtl === undefined ? 'auto' : hints.rtl ? 'rtl' : 'ltr');
    const { items, missing } = itemize(text, levels, style, locale, coverage, order);
    const runs = visualOrder(items).map((item): ShapedRun => {
      const rtl = item.level % 2 === 1;
      const glyphs = shapeRun(text, item.start, item.end, item.face, rtl);
      return { face: item.face, synthBold: item.synthBold, rtl, start: item.start, end: item.end, glyphs, width: glyphs.reduce((s, g) => s + g.advance, 0) };
    });
    const line = { text, runs, width: runs.reduce((s, r) => s + r.width, 0), missing };
    if (lines.size > 20_000) lines.clear();
    lines.set(key, line);
    return line;
  }

  const metrics: TextMetrics = {
    width: (text, font, size, hints) => (shapeLine(text, font, hints).width * size) / 1000,
    missing: (text, hints) => shapeLine(text, 'regular', hints).missing,
  };
  const glyphWidth = (face: FaceId, gid: number) => {
    const f = loaded.get(face);
    return f ? (f.font.glyphHAdvance(gid) * 1000) / f.upem : 0;
  };
  return { metrics, shapeLine, glyphWidth };
}
