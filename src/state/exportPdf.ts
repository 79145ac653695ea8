import { create } from 'zustand';
import { toBundle, type WorkshopEntities } from '../domain/bundle';
import { nowIso } from '../domain/ids';
import { platform } from '../platform';
import type { MissingGlyphWarning } from '../pdf/buildPdf';
import { EXPORT_KIND_SLUGS, type ExportOptions } from '../pdf/options';
import { showToast } from './toasts';
import { fileNameFor } from './workshops';
import { useWorkshopStore } from './workshopStore';

export type PdfRequest = Omit<ExportOptions, 'date'>;

export type ExportState =
  | { phase: 'idle' }
  | { phase: 'preparing' }
  | { phase: 'drawing'; done: number; total: number }
  | { phase: 'failed'; message: string }
  /** Saved, but some characters print as a box: the dialog stays open to say where. */
  | { phase: 'warned'; fileName: string; warnings: MissingGlyphWarning[] };

export const usePdfExport = create<ExportState>(() => ({ phase: 'idle' }));

let controller: AbortController | null = null;

/**
 * A file name that says what is inside: one canvas is named by its title (and its partner, when the
 * title doesn't already say it); the report and all canvases by the workshop.
 */
export function defaultPdfFileName(entities: Pick<WorkshopEntities, 'workshop' | 'canvases' | 'partners'>, what: ExportOptions['what'], canvasId: string | null): string {
  const canvas = what === 'canvas' && canvasId ? entities.canvases[canvasId] : undefined;
  const partner = canvas?.partnerId ? entities.partners[canvas.partnerId] : undefined;
  const canvasName = canvas && (partner && !canvas.title.toLowerCase().includes(partner.name.toLowerCase()) ? `${partner.name} – ${canvas.title}` : canvas.title);
  return fileNameFor(canvasName || entities.workshop.title, EXPORT_KIND_SLUGS[what], 'pdf');
}

export function cancelPdfExport(): void {
  controller?.abort();
}

export function resetPdfExport(): void {
  if (!controller) usePdfExport.setState({ phase: 'idle' }, true);
}

/**
 * Lays out and draws the open workshop as a PDF (jsPDF and the fonts load only now), then saves it
 * through the platform: a save dialog on the desktop, a download in the browser.
 */
export async function exportOpenWorkshopPdf(request: PdfRequest, fileName: string): Promise<'saved' | 'warned' | 'cancelled' | 'failed'> {
  const entities = useWorkshopStore.getState().entities;
  if (!entities || controller) return 'failed';
  const abort = new AbortController();
  controller = abort;
  usePdfExport.setState({ phase: 'preparing' }, true);
  try {
    const [{ buildPdf }, { loadAsset }] = await Promise.all([import('../pdf/buildPdf'), import('../pdf/fonts/assets')]);
    const { bytes, warnings } = await buildPdf(toBundle(entities), { ...request, date: nowIso().slice(0, 10) }, loadAsset, {
      signal: abort.signal,
      onProgress: (done, total) => usePdfExport.setState({ phase: 'drawing', done, total }, true),
    });
    if (abort.signal.aborted) throw new DOMException('cancelled', 'AbortError');
    const name = fileName.trim().toLowerCase().endsWith('.pdf') ? fileName.trim() : `${fileName.trim() || 'export'}.pdf`;
    const result = await platform().saveFile(name, bytes, [{ name: 'PDF', extensions: ['pdf'] }]);
    usePdfExport.setState({ phase: 'idle' }, true);
    if (!result.saved) return 'cancelled';
    showToast({ message: `Exported ${name}.`, tone: 'info' });
    if (warnings.length === 0) return 'saved';
    usePdfExport.setState({ phase: 'warned', fileName: name, warnings }, true);
    return 'warned';
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') {
      usePdfExport.setState({ phase: 'idle' }, true);
      return 'cancelled';
    }
    usePdfExport.setState({ phase: 'failed', message: error instanceof Error ? error.message : String(error) }, true);
    return 'failed';
  } finally {
    controller = null;
  }
}

export { EXPORT_KINDS, EXPORT_KIND_LABELS, PAGE_FORMATS, PAGE_FORMAT_LABELS, defaultOrientation } from '../pdf/options';
export type { ExportKind, Orientation, PageFormat } from '../pdf/options';
export type { MissingGlyphWarning } from '../pdf/buildPdf';
