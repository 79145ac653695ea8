import type { WorkshopBundle } from '../domain/bundle';
import { sortedCanvasesOf } from './canvasOrder';
import { layoutDocument } from './document';
import { abortError, createPdfWriter, type AssetLoader, type RenderProgress } from './draw';
import { facesForTexts } from './fonts/catalog';
import type { ExportOptions } from './options';
import { hintsFor, type TextMetrics } from './text';

/** Every string that can reach the page, to decide which fonts to load. */
function allText(bundle: WorkshopBundle): string[] {
  const { workshop } = bundle;
  return [
    workshop.title,
    workshop.organisation,
    ...bundle.tiers.flatMap((t) => [t.name, ...t.successCriteria]),
    ...bundle.partners.map((p) => p.name),
    ...bundle.canvases.map((c) => c.title),
    ...bundle.notes.map((n) => n.text),
    ...bundle.edges.map((e) => e.label),
    ...bundle.insights.flatMap((i) => [i.text, i.response]),
    ...bundle.enablement.flatMap((e) => e.checklist.map((item) => item.label)),
  ];
}

/** Something in the export that prints as a box because no embedded font has its characters. */
export interface MissingGlyphWarning {
  /** What the reader would look for: "Note “Launch party …” on Ecosystem strategy". */
  where: string;
  characters: string[];
}

function firstWords(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
}

function missingGlyphs(bundle: WorkshopBundle, options: ExportOptions, metrics: TextMetrics): MissingGlyphWarning[] {
  const canvases = new Map(bundle.canvases.map((c) => [c.id, c.title]));
  // The same canvas the layout draws for "Current canvas": the one asked for, else the first.
  const sorted = sortedCanvasesOf(bundle);
  const only = options.what === 'canvas' ? (sorted.find((c) => c.id === options.canvasId) ?? sorted[0])?.id : undefined;
  const notes = options.what === 'map' ? [] : bundle.notes.filter((n) => only === undefined || n.canvasId === only);
  const sources = [
    ...notes.map((n) => ({ where: `Note “${firstWords(n.text)}” on ${canvases.get(n.canvasId) ?? 'a canvas'}`, text: n.text })),
    ...(options.what === 'map' || options.what === 'report' ? bundle.partners.map((p) => ({ where: `Partner “${firstWords(p.name)}”`, text: p.name })) : []),
    { where: 'The workshop title', text: bundle.workshop.title },
  ];
  return sources
    .map(({ where, text }) => ({ where, characters: [...new Set(metrics.missing(text, hintsFor(text)))] }))
    .filter((w) => w.characters.length > 0)
    .sort((a, b) => a.where.localeCompare(b.where));
}

export interface BuiltPdf {
  bytes: Uint8Array;
  warnings: MissingGlyphWarning[];
}

/** Fonts → pure layout → drawing: the whole export, as PDF bytes, plus what could not be drawn. */
export async function buildPdf(bundle: WorkshopBundle, options: ExportOptions, load: AssetLoader, progress: RenderProgress = {}): Promise<BuiltPdf> {
  const writer = await createPdfWriter(load, facesForTexts(allText(bundle)));
  if (progress.signal?.aborted) throw abortError();
  const laidOut = layoutDocument(bundle, options, writer.metrics);
  const bytes = await writer.render(laidOut, progress);
  return { bytes, warnings: missingGlyphs(bundle, options, writer.metrics) };
}
