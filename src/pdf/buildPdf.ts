import type { WorkshopBundle } from '../domain/bundle';
import { layoutDocument } from './document';
import { abortError, createPdfWriter, type FontLoader, type RenderProgress } from './draw';
import type { ExportOptions } from './options';
import { needsCjk } from './text';

/** Every string that can reach the page, to decide whether the CJK font is needed. */
function allText(bundle: WorkshopBundle): string {
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
  ].join('\n');
}

/** Fonts → pure layout → drawing: the whole export, as PDF bytes. */
export async function buildPdf(bundle: WorkshopBundle, options: ExportOptions, loadFont: FontLoader, progress: RenderProgress = {}): Promise<Uint8Array> {
  const writer = await createPdfWriter(loadFont, needsCjk(allText(bundle)));
  if (progress.signal?.aborted) throw abortError();
  const laidOut = layoutDocument(bundle, options, writer.metrics);
  return writer.render(laidOut, progress);
}
