// The only module that imports jsPDF (DESIGN.md §3 rule 6): it turns laid-out pages into PDF bytes.
import { jsPDF } from 'jspdf';
import type { FontId, LaidOutDocument, OutlineEntry, Primitive } from './primitives';
import type { TextMetrics } from './text';

/** Reads one embedded font file: fetched assets in the app, the file system in node tests. */
export type FontLoader = (font: FontId) => Promise<ArrayBuffer>;

export interface RenderProgress {
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  /** Lets the UI breathe between pages; defaults to a macrotask. */
  yieldToUi?: () => Promise<void>;
}

const FACES: Record<FontId, { family: string; style: string }> = {
  regular: { family: 'NotoSans', style: 'normal' },
  bold: { family: 'NotoSans', style: 'bold' },
  cjk: { family: 'NotoSansJP', style: 'normal' },
};

function toBase64(bytes: ArrayBuffer): string {
  const view = new Uint8Array(bytes);
  let binary = '';
  for (let i = 0; i < view.length; i += 0x8000) binary += String.fromCharCode(...view.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function abortError(): Error {
  return new DOMException('The export was cancelled.', 'AbortError');
}

export interface PdfWriter {
  metrics: TextMetrics;
  render(document: LaidOutDocument, progress?: RenderProgress): Promise<Uint8Array>;
}

/** Loads the fonts (the CJK one only when asked) and returns metrics for the layout plus the renderer. */
export async function createPdfWriter(loadFont: FontLoader, withCjk: boolean): Promise<PdfWriter> {
  const wanted: FontId[] = withCjk ? ['regular', 'bold', 'cjk'] : ['regular', 'bold'];
  const files = await Promise.all(wanted.map(async (font) => [font, toBase64(await loadFont(font))] as const));
  const newDoc = (width: number, height: number) => {
    const doc = new jsPDF({ unit: 'pt', format: [width, height], orientation: width > height ? 'landscape' : 'portrait', putOnlyUsedFonts: true, compress: true });
    for (const [font, base64] of files) {
      const { family, style } = FACES[font];
      doc.addFileToVFS(`${family}-${style}.ttf`, base64);
      doc.addFont(`${family}-${style}.ttf`, family, style, undefined, 'Identity-H');
    }
    return doc;
  };
  // Measuring happens on a document of its own; each render starts a fresh one sized like its first page.
  const doc = newDoc(595.28, 841.89);
  const codeMaps = new Map<FontId, Record<number, number>>();
  for (const font of wanted) {
    doc.setFont(FACES[font].family, FACES[font].style);
    codeMaps.set(font, (doc.getFont() as unknown as { metadata: { cmap: { unicode: { codeMap: Record<number, number> } } } }).metadata.cmap.unicode.codeMap);
  }
  const unitWidths = new Map<string, number>();
  const metrics: TextMetrics = {
    covers(font, codePoint) {
      // jsPDF encodes UTF-16 units, so characters outside the BMP cannot be drawn even when a font has them.
      return codePoint <= 0xffff && (codeMaps.get(font)?.[codePoint] ?? 0) > 0;
    },
    width(text, font, size) {
      let total = 0;
      for (const char of text) {
        const key = `${font}\u0000${char}`;
        let unit = unitWidths.get(key);
        if (unit === undefined) {
          doc.setFont(FACES[font].family, FACES[font].style);
          unit = doc.getStringUnitWidth(char);
          unitWidths.set(key, unit);
        }
        total += unit;
      }
      return total * size;
    },
  };
  return {
    metrics,
    render: (laidOut, progress) => {
      const size = laidOut.pages[0]?.size ?? { width: 595.28, height: 841.89 };
      return render(newDoc(size.width, size.height), laidOut, progress);
    },
  };
}

async function render(doc: jsPDF, laidOut: LaidOutDocument, progress: RenderProgress = {}): Promise<Uint8Array> {
  const pause = progress.yieldToUi ?? (() => new Promise<void>((resolve) => setTimeout(resolve)));
  const total = laidOut.pages.length;
  for (const [index, page] of laidOut.pages.entries()) {
    if (progress.signal?.aborted) throw abortError();
    const orientation = page.size.width > page.size.height ? 'landscape' : 'portrait';
    if (index > 0) doc.addPage([page.size.width, page.size.height], orientation);
    for (const item of page.items) drawItem(doc, item);
    progress.onProgress?.(index + 1, total);
    await pause();
  }
  addOutline(doc, null, laidOut.outline);
  const { title, author, subject, keywords, creator } = laidOut.properties;
  doc.setProperties({ title, author, subject, keywords, creator });
  if (progress.signal?.aborted) throw abortError();
  return new Uint8Array(doc.output('arraybuffer'));
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

function paint(doc: jsPDF, item: { fill?: string; stroke?: string; lineWidth?: number }): void {
  if (item.fill) doc.setFillColor(item.fill);
  if (item.stroke) doc.setDrawColor(item.stroke);
  doc.setLineWidth(item.lineWidth ?? 0.5);
}

function drawItem(doc: jsPDF, item: Primitive): void {
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
    case 'text':
      doc.setFont(FACES[item.font].family, FACES[item.font].style);
      doc.setFontSize(item.size);
      doc.setTextColor(item.color);
      doc.text(item.text, item.x, item.y);
      return;
    case 'link':
      doc.link(item.x, item.y, item.w, item.h, { pageNumber: item.toPage + 1 });
      return;
  }
}
