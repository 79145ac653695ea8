import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { generateWorkshop } from '../generate';
import { openBenchPage } from '../browser';
import { NotAvailable, kb, ms, type BenchContext, type PartOutput } from '../context';
import type { Row } from '../report';
import { importThroughApp, openSection, workshopIdByTitle } from '../seed';
import { median } from '../stats';
import { waitForCanvas } from './canvasUi';
import { capture, captureScrolled, pdfPageCount, rasterPdf } from './raster';

const TITLE = 'Bench report 100 partners';
const SPEC = { title: TITLE, partners: 100, edges: 200, canvases: 3, notes: 120 };
const KINDS = { canvas: 'Current canvas', map: 'Ecosystem tier map', report: 'Full workshop report' } as const;
type Kind = keyof typeof KINDS;

interface Measured {
  ms: number;
  bytes: number;
  pages: number;
}

/** Export PDF dialog → choose what → Export → the download arrives; time from the click to the download. */
async function exportThroughDialog(page: Page, kind: Kind): Promise<Measured> {
  await page.getByRole('button', { name: 'Export PDF' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export PDF' });
  const radio = dialog.getByRole('radio', { name: KINDS[kind] });
  if (!(await radio.waitFor({ timeout: 10_000 }).then(() => true, () => false))) throw new NotAvailable(`the Export PDF dialog has no "${KINDS[kind]}" choice in this build`);
  await radio.check();
  const download = page.waitForEvent('download', { timeout: 120_000 });
  const started = Date.now();
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const file = await (await download).path();
  const elapsed = Date.now() - started;
  await dialog.waitFor({ state: 'hidden' });
  const bytes = readFileSync(file);
  return { ms: elapsed, bytes: bytes.length, pages: pdfPageCount(bytes) };
}

/** The map is drawn: full partner nodes, or (zoomed out past reading names) its light layer of shapes. */
const mapDrawn = (page: Page) => page.locator('.react-flow__node-partner, [data-light-nodes]').first().waitFor();

async function timed(work: () => Promise<Buffer[]>): Promise<Measured> {
  const started = Date.now();
  const images = await work();
  const pdf = rasterPdf(images);
  return { ms: Date.now() - started, bytes: pdf.length, pages: pdfPageCount(pdf) };
}

function best(list: Measured[]): Measured {
  return { ms: median(list.map((m) => m.ms)), bytes: list[list.length - 1]?.bytes ?? 0, pages: list[list.length - 1]?.pages ?? 0 };
}

function row(what: string, vector: Measured, raster: Measured): Row {
  return {
    measure: what,
    value: `${ms(vector.ms)}, ${kb(vector.bytes)}, ${vector.pages} p.`,
    compare: `raster ${ms(raster.ms)}, ${kb(raster.bytes)}, ${raster.pages} p.; size ÷${(raster.bytes / vector.bytes).toFixed(1)}, time ×${(raster.ms / vector.ms).toFixed(2)}`,
  };
}

/** Vector PDFs through the app's Export PDF dialog beside PNG captures of the same views put into a jsPDF. */
export async function benchPdf(ctx: BenchContext): Promise<PartOutput> {
  const bench = await openBenchPage(ctx.browser, { deviceScaleFactor: 2 });
  const { page } = bench;
  try {
    const bundle = generateWorkshop(SPEC, 100);
    await importThroughApp(page, ctx.appUrl, [bundle]);
    const id = await workshopIdByTitle(page, TITLE);
    await openSection(page, ctx.appUrl, id, 'canvas', TITLE);
    await waitForCanvas(page, SPEC.notes / SPEC.canvases);

    const vector: Record<Kind, Measured[]> = { canvas: [], map: [], report: [] };
    for (let run = 0; run < ctx.runs; run++) {
      for (const kind of Object.keys(KINDS) as Kind[]) vector[kind].push(await exportThroughDialog(page, kind));
      ctx.log(`pdf run ${run + 1}: canvas ${vector.canvas[run]?.ms} ms, map ${vector.map[run]?.ms} ms, report ${vector.report[run]?.ms} ms`);
    }

    const board = page.locator('#main');
    const rasterCanvas = await timed(async () => [await capture(board)]);
    await openSection(page, ctx.appUrl, id, 'map', TITLE);
    await mapDrawn(page);
    await page.waitForFunction(() => [...document.querySelectorAll<HTMLElement>('.react-flow__node')].every((n) => n.style.visibility !== 'hidden'));
    const rasterMap = await timed(async () => [await capture(board)]);

    // The report's views: every canvas, the map, the partner portfolio screen by screen, the insights.
    const views: Buffer[] = [];
    let navigation = 0;
    const open = async (route: string, ready: () => Promise<unknown>) => {
      const t = Date.now();
      await page.goto(`${ctx.appUrl}/?load=${Date.now()}#/w/${encodeURIComponent(id)}/${route}`);
      await page.getByRole('heading', { name: TITLE, exact: true }).waitFor();
      await ready();
      navigation += Date.now() - t;
    };
    const started = Date.now();
    for (const canvasId of await storedCanvasIds(page, id)) {
      await open(`canvas/${encodeURIComponent(canvasId)}`, () => waitForCanvas(page, SPEC.notes / SPEC.canvases));
      views.push(await capture(board));
    }
    await open('map', () => mapDrawn(page));
    views.push(await capture(board));
    await open('partners', () => page.getByRole('button', { name: 'Add partner' }).first().waitFor());
    views.push(...(await captureScrolled(page, board)));
    await open('insights', () => page.waitForTimeout(300));
    views.push(await capture(board));
    const pdf = rasterPdf(views);
    const rasterReport: Measured = { ms: Date.now() - started - navigation, bytes: pdf.length, pages: pdfPageCount(pdf) };

    const canvasV = best(vector.canvas);
    const mapV = best(vector.map);
    const reportV = best(vector.report);
    if (bench.errors.length) ctx.log(`pdf: the app logged errors: ${bench.errors.slice(0, 3).join(' | ')}`);
    return {
      rows: [
        row('one canvas page (40 notes)', canvasV, rasterCanvas),
        row('tier map (100 partners, 200 edges)', mapV, rasterMap),
        row('full report, 100-partner workshop', reportV, rasterReport),
        { measure: '  raster method', value: 'PNG captures at 2× device scale → jsPDF addImage FAST (A4 landscape)', compare: 'raster time excludes moving between views' },
      ],
      targets: [
        { name: 'full 100-partner report, time', value: reportV.ms, limit: 3000, unit: 'ms', kind: 'max' },
        { name: 'full 100-partner report, size', value: reportV.bytes / 1024, limit: 2048, unit: 'KB', kind: 'max' },
        { name: 'full report: raster size ÷ vector size', value: rasterReport.bytes / reportV.bytes, limit: 5, unit: '×', kind: 'min' },
      ],
      data: { vector, raster: { canvas: rasterCanvas, map: rasterMap, report: rasterReport }, errors: bench.errors },
    };
  } finally {
    await bench.context.close();
  }
}

/** The imported workshop's canvas IDs (import gives fresh IDs), read from IndexedDB. */
function storedCanvasIds(page: Page, workshopId: string): Promise<string[]> {
  return page.evaluate(
    (workshopId) =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('partnerscape');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('canvases').objectStore('canvases').index('workshopId').getAll(workshopId);
          request.onsuccess = () => {
            open.result.close();
            resolve((request.result as { id: string }[]).map((c) => c.id));
          };
          request.onerror = () => reject(request.error);
        };
      }),
    workshopId,
  );
}
