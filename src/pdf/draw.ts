// The only module that imports jsPDF (docs/ARCHITECTURE.md, "PDF"): it turns laid-out pages into PDF bytes. Text is
// shaped by HarfBuzz and placed as glyph IDs; fonts are subset to the glyphs drawn and embedded with our own
// ToUnicode map (see shaping/glyphText.ts), so every script reads back as its characters.
import { jsPDF } from 'jspdf';
import { POSTSCRIPT_NAMES, type AssetId, type FaceId } from './fonts/catalog';
import type { LaidOutDocument, OutlineEntry, Primitive } from './primitives';
import { createTextEngine, type TextEngine } from './shaping/engine';
import { binaryString, subsetTag, writeFontObjects, type FontDescriptor, type ObjectWriter } from './shaping/fontObjects';
import { GlyphTextWriter, withFontResources } from './shaping/glyphText';
import { createSubsetter, type Subsetter } from './shaping/subset';
import type { TextMetrics } from './text';

/** Reads one font file or the subsetter's .wasm: fetched assets in the app, the file system in node tests. */
export type AssetLoader = (asset: AssetId) => Promise<ArrayBuffer>;

export interface RenderProgress {
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  /** Lets the UI breathe between pages; defaults to a macrotask. */
  yieldToUi?: () => Promise<void>;
}

export function abortError(): Error {
  return new DOMException('The export was cancelled.', 'AbortError');
}

export interface PdfWriter {
  metrics: TextMetrics;
  render(document: LaidOutDocument, progress?: RenderProgress): Promise<Uint8Array>;
}

/** Loads the faces the text needs (and the subsetter); returns metrics for the layout plus the renderer. */
export async function createPdfWriter(load: AssetLoader, faces: Iterable<FaceId>): Promise<PdfWriter> {
  const wanted = [...faces];
  const [subsetWasm, ...bytes] = await Promise.all([load('hbSubset'), ...wanted.map((face) => load(face))]);
  const files = new Map(wanted.map((face, i) => [face, new Uint8Array(bytes[i] as ArrayBuffer)] as const));
  const engine = createTextEngine(files);
  const subsetter = await createSubsetter(subsetWasm as ArrayBuffer);
  return { metrics: engine.metrics, render: (laidOut, progress) => render(engine, files, subsetter, laidOut, progress) };
}

type TextItem = Extract<Primitive, { kind: 'text' }>;
interface JsPdfFont {
  id: string;
  fontName: string;
  encoding: string;
  objectNumber?: number;
  isAlreadyPutted?: boolean;
  metadata: FontDescriptor;
}

async function render(engine: TextEngine, files: Map<FaceId, Uint8Array>, subsetter: Subsetter, laidOut: LaidOutDocument, progress: RenderProgress = {}): Promise<Uint8Array> {
  const pause = progress.yieldToUi ?? (() => new Promise<void>((resolve) => setTimeout(resolve)));
  const total = laidOut.pages.length;
  // First shape every line, so that each font can be subset to exactly the glyphs drawn.
  const glyphText = new GlyphTextWriter({ width: (face, gid) => engine.glyphWidth(face, gid) });
  const operators = new Map<TextItem, string>();
  for (const [index, page] of laidOut.pages.entries()) {
    if (progress.signal?.aborted) throw abortError();
    for (const item of page.items) {
      if (item.kind !== 'text' || !item.text) continue;
      const line = engine.shapeLine(item.text, item.font, item.hints);
      operators.set(item, glyphText.lineOperators(line, item.x, page.size.height - item.y, item.size, item.color));
    }
    progress.onProgress?.(index + 1, total);
    await pause();
  }
  const first = laidOut.pages[0]?.size ?? { width: 595.28, height: 841.89 };
  const doc = new jsPDF({ unit: 'pt', format: [first.width, first.height], orientation: first.width > first.height ? 'landscape' : 'portrait', putOnlyUsedFonts: true, compress: true });
  const resources = registerFonts(doc, engine, files, subsetter, glyphText);
  for (const [index, page] of laidOut.pages.entries()) {
    if (progress.signal?.aborted) throw abortError();
    if (index > 0) doc.addPage([page.size.width, page.size.height], page.size.width > page.size.height ? 'landscape' : 'portrait');
    for (const item of page.items) {
      if (item.kind === 'text') {
        const ops = operators.get(item);
        if (ops) (doc.internal as unknown as { write(s: string): void }).write(withFontResources(ops, resources));
      } else drawItem(doc, item);
    }
  }
  addOutline(doc, null, laidOut.outline);
  const { title, author, subject, keywords, creator } = laidOut.properties;
  doc.setProperties({ title, author, subject, keywords, creator });
  if (progress.signal?.aborted) throw abortError();
  return new Uint8Array(doc.output('arraybuffer'));
}

/** Subsets each face used, registers it with jsPDF (for a resource name) and writes its objects ourselves. */
function registerFonts(doc: jsPDF, engine: TextEngine, files: Map<FaceId, Uint8Array>, subsetter: Subsetter, glyphText: GlyphTextWriter): Map<FaceId, string> {
  const resources = new Map<FaceId, string>();
  const programs = new Map<string, { face: FaceId; program: Uint8Array }>();
  for (const [face, use] of [...glyphText.uses].sort((a, b) => a[0].localeCompare(b[0]))) {
    const program = subsetter(files.get(face) as Uint8Array, use.glyphs, use.unicodes);
    const name = `${subsetTag(face, use.glyphs)}+${POSTSCRIPT_NAMES[face]}`;
    doc.addFileToVFS(`${name}.ttf`, binaryString(program));
    doc.addFont(`${name}.ttf`, name, 'normal', undefined, 'Identity-H');
    doc.setFont(name, 'normal');
    // jsPDF lists a font in the page resources only once its text() used it: an empty string does that.
    doc.text('\u0001', 0, 0);
    const font = doc.getFont() as unknown as JsPdfFont;
    // From here on jsPDF's own Identity-H writer leaves this font to ours.
    font.encoding = 'Partnerscape-Identity';
    resources.set(face, font.id);
    programs.set(font.id, { face, program });
  }
  doc.internal.events.subscribe('putFont', (args: { font: JsPdfFont } & ObjectWriter) => {
    const entry = programs.get(args.font.id);
    const use = entry && glyphText.uses.get(entry.face);
    if (!entry || !use || args.font.encoding !== 'Partnerscape-Identity') return;
    args.font.objectNumber = writeFontObjects(args, args.font.fontName, entry.program, use, (gid) => engine.glyphWidth(entry.face, gid), args.font.metadata);
    args.font.isAlreadyPutted = true;
  });
  return resources;
}

type OutlineNode = ReturnType<jsPDF['outline']['add']>;

function addOutline(doc: jsPDF, parent: OutlineNode | null, entries: OutlineEntry[]): void {
  for (const entry of entries) {
    const node = doc.outline.add(parent as OutlineNode, entry.title, { pageNumber: entry.page + 1 });
    if (entry.children) addOutline(doc, node, entry.children);
  }
}

function style(item: { fill?: string; stroke?: string }): 'F' | 'S' | 'FD' | null {
  if (item.fill && item.stroke) return 'FD';
  return item.fill ? 'F' : item.stroke ? 'S' : null;
}

function paint(doc: jsPDF, item: { fill?: string; stroke?: string; lineWidth?: number; dash?: number[] }): void {
  if (item.fill) doc.setFillColor(item.fill);
  if (item.stroke) doc.setDrawColor(item.stroke);
  doc.setLineWidth(item.lineWidth ?? 0.5);
  doc.setLineDashPattern(item.dash ?? [], 0);
}

function drawItem(doc: jsPDF, item: Exclude<Primitive, TextItem>): void {
  switch (item.kind) {
    case 'rect': {
      const mode = style(item);
      if (!mode) return;
      paint(doc, item);
      if (item.radius) doc.roundedRect(item.x, item.y, item.w, item.h, item.radius, item.radius, mode);
      else doc.rect(item.x, item.y, item.w, item.h, mode);
      return;
    }
    case 'circle': {
      const mode = style(item);
      if (!mode) return;
      paint(doc, item);
      doc.circle(item.cx, item.cy, item.r, mode);
      return;
    }
    case 'ellipse': {
      const mode = style(item);
      if (!mode) return;
      paint(doc, item);
      doc.ellipse(item.cx, item.cy, item.rx, item.ry, mode);
      return;
    }
    case 'polygon': {
      const mode = style(item);
      const [first, ...rest] = item.points;
      if (!mode || !first) return;
      paint(doc, item);
      let [px, py] = first;
      const deltas = rest.map(([x, y]) => {
        const delta: [number, number] = [x - px, y - py];
        [px, py] = [x, y];
        return delta;
      });
      doc.lines(deltas, first[0], first[1], [1, 1], mode, true);
      return;
    }
    case 'line':
      doc.setDrawColor(item.stroke);
      doc.setLineWidth(item.lineWidth);
      doc.setLineDashPattern(item.dash ?? [], 0);
      doc.line(item.x1, item.y1, item.x2, item.y2);
      if (item.dash) doc.setLineDashPattern([], 0);
      return;
    case 'link':
      doc.link(item.x, item.y, item.w, item.h, { pageNumber: item.toPage + 1 });
      return;
  }
}
