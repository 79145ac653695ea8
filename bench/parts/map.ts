import type { Page } from '@playwright/test';
import { layoutEcosystem } from '../../src/domain/mapLayout';
import type { WorkshopBundle } from '../../src/domain/bundle';
import { generateWorkshop } from '../generate';
import { openBenchPage, stepTimes, twoFrames, type BenchPage } from '../browser';
import { NotAvailable, ms, p50p95, type BenchContext, type PartOutput } from '../context';
import { findLightPoint, findNodePoint, panePoint, timeFlowRender, type FlowRender } from '../inpage';
import type { Row, Target } from '../report';
import { importThroughApp, openSection, workshopIdByTitle } from '../seed';
import { median, pairRatios, spread } from '../stats';

const PAN_STEPS = 16;
const ZOOM_STEPS = 12;
const DRAG_STEPS = 16;

type Gesture = 'pan' | 'zoom' | 'drag';
type Frames = Record<Gesture, number[]>;

const mapTitle = (size: number) => `Bench map ${size} partners`;

/** Pan, wheel-zoom and node drag, one input event per measured step. */
async function interact(bench: BenchPage, nodeSelector: string, lightPositions?: { x: number; y: number }[]): Promise<Frames> {
  const { page } = bench;
  const mouse = page.mouse;
  const frames: Frames = { pan: [], zoom: [], drag: [] };
  const pane = await panePoint(page, lightPositions ?? []);
  if (pane) {
    await mouse.move(pane.x, pane.y);
    await mouse.down();
    frames.pan = await stepTimes(bench, Array.from({ length: PAN_STEPS }, (_, i) => () => mouse.move(pane.x + (i + 1) * 10, pane.y + (i + 1) * 5)));
    await mouse.up();
    await mouse.move(pane.x, pane.y);
    frames.zoom = await stepTimes(bench, Array.from({ length: ZOOM_STEPS }, (_, i) => () => mouse.wheel(0, i < ZOOM_STEPS / 2 ? -100 : 100)));
  }
  // Zoomed out, the map draws partners on its light layer: the drag starts on one of those shapes.
  const node = (await findNodePoint(page, nodeSelector)) ?? (lightPositions ? await findLightPoint(page, lightPositions) : null);
  if (node) {
    await mouse.move(node.x, node.y);
    await mouse.down();
    const moves = Array.from({ length: DRAG_STEPS }, (_, i) => () => mouse.move(node.x + (i + 1) * 6, node.y + (i + 1) * 3));
    frames.drag = await stepTimes(bench, [...moves, () => mouse.up()]);
  }
  return frames;
}

const NO_FRAMES: Frames = { pan: [], zoom: [], drag: [] };
/**
 * Zoomed in far enough that the app draws full nodes with their labels (its `detail` level starts at 0.79), and the
 * zoom gesture's ×2.3 stays under the bare page's default maxZoom of 2: the frames that the fitted view no longer shows.
 */
const ZOOMED_IN = 0.85;

const zoomNow = (page: Page) => page.evaluate(() => Number(/scale\(([\d.e-]+)\)/.exec((document.querySelector('.react-flow__viewport') as HTMLElement).style.transform)?.[1]));

/** One wheel step to `target` at the middle of the canvas (React Flow zooms by 2^(-deltaY × 0.002)), then two frames. */
async function zoomIn(bench: BenchPage, target: number, nodeSelector: string): Promise<void> {
  const { page } = bench;
  const box = await page.locator('.react-flow').boundingBox();
  if (!box) return;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -Math.log2(target / (await zoomNow(page))) / 0.002);
  await page.waitForFunction((t) => Math.abs(Number(/scale\(([\d.e-]+)\)/.exec((document.querySelector('.react-flow__viewport') as HTMLElement).style.transform)?.[1]) - t) < 0.02, target);
  await page.locator(nodeSelector).nth(1).waitFor();
  await twoFrames(page);
}

/** The gestures again, zoomed in on full nodes (smallest size only). */
async function zoomedFrames(bench: BenchPage, nodeSelector: string): Promise<Frames> {
  await zoomIn(bench, ZOOMED_IN, nodeSelector);
  return interact(bench, nodeSelector);
}
/** A size whose first A/B pair took longer than this runs once: `npm run bench` must stay under 10 minutes. */
const SLOW_PAIR_MS = 40_000;

/** Where the app's map puts each partner (the pure layout it draws), for finding one on the light layer. */
function partnerPositions(bundle: WorkshopBundle): { x: number; y: number }[] {
  return Object.values(layoutEcosystem({ workshop: bundle.workshop, tiers: bundle.tiers, partners: bundle.partners }).positions);
}

interface Run {
  render: FlowRender;
  frames: Frames;
  zoomed: Frames;
}

async function appRun(bench: BenchPage, appUrl: string, workshopId: string, bundle: WorkshopBundle, withFrames: boolean, withZoomed: boolean): Promise<Run> {
  const size = bundle.partners.length;
  const node = '.react-flow__node-partner';
  await openSection(bench.page, appUrl, workshopId, 'insights', mapTitle(size));
  const render = await timeFlowRender(bench.page, { kind: 'link', name: 'Ecosystem map' }, size);
  const frames = withFrames ? await interact(bench, node, partnerPositions(bundle)) : NO_FRAMES;
  return { render, frames, zoomed: withZoomed ? await zoomedFrames(bench, node) : NO_FRAMES };
}

async function baselineRun(bench: BenchPage, baselineUrl: string, size: number, withFrames: boolean, withZoomed: boolean): Promise<Run> {
  const node = '.react-flow__node-default';
  await bench.page.goto(`${baselineUrl}/?load=${Date.now()}`);
  await bench.page.waitForFunction(() => 'benchMount' in window);
  const render = await timeFlowRender(bench.page, { kind: 'mount', count: size, seed: size }, size);
  const frames = withFrames ? await interact(bench, node) : NO_FRAMES;
  return { render, frames, zoomed: withZoomed ? await zoomedFrames(bench, node) : NO_FRAMES };
}

async function checkAvailable(page: Page, appUrl: string, workshopId: string, title: string): Promise<void> {
  await openSection(page, appUrl, workshopId, 'map', title);
  const flow = page.locator('.react-flow__node-partner, [data-light-nodes]').first();
  if (!(await flow.waitFor({ timeout: 20_000 }).then(() => true, () => false))) throw new NotAvailable('the Ecosystem map section shows no partners in this build');
}

interface SizeResult {
  size: number;
  app: FlowRender[];
  baseline: FlowRender[];
  ratios: number[];
  frames: { app: Frames; baseline: Frames };
  /** Gestures zoomed in on full nodes: the smallest size only. */
  zoomed: { app: Frames; baseline: Frames };
}

const GESTURES = ['pan', 'zoom', 'drag'] as const;

/** What the view held after the fit: the level of detail and how its partners were drawn (the `lod` note). */
function lodNote(r: FlowRender | undefined): string {
  if (!r) return '—';
  const drawn = r.lightNodes > 0 ? `${r.lightNodes} partners as light shapes, ${r.nodes} React Flow node${r.nodes === 1 ? '' : 's'}` : `${r.visibleNodes}/${r.nodes} nodes in view`;
  return `${r.lod}: ${drawn}, zoom ${r.zoom.toPrecision(2)}`;
}

const label = (size: number) => `${size.toLocaleString('en')} partners`;

function rowsFor(result: SizeResult): Row[] {
  const { size, app, baseline, ratios } = result;
  const a = app.map((r) => r.ms);
  const b = baseline.map((r) => r.ms);
  const rows: Row[] = [
    {
      measure: `${label(size)}, first render (+ ${(2 * size).toLocaleString('en')} edges)`,
      value: `median ${ms(median(a))} (${a.map((v) => v.toFixed(0)).join(', ')})`,
      compare: `bare ${ms(median(b))}; ratio ${median(ratios).toFixed(2)}× (pairs ${ratios.map((r) => r.toFixed(2)).join(', ')})`,
    },
    { measure: `  lod after the fit, ${size}`, value: lodNote(app.at(-1)), compare: `bare: ${lodNote(baseline.at(-1))}` },
  ];
  for (const gesture of GESTURES) {
    const fa = result.frames.app[gesture];
    const fb = result.frames.baseline[gesture];
    if (fa.length === 0 || fb.length === 0) continue;
    const sa = spread(fa);
    const sb = spread(fb);
    rows.push({ measure: `  ${gesture}, main-thread ms/frame, ${size}`, value: p50p95(sa), compare: `bare ${p50p95(sb)}; p50 ratio ${(sa.p50 / sb.p50).toFixed(2)}×` });
  }
  for (const gesture of GESTURES) {
    const fa = result.zoomed.app[gesture];
    const fb = result.zoomed.baseline[gesture];
    if (fa.length === 0 || fb.length === 0) continue;
    const sa = spread(fa);
    const sb = spread(fb);
    rows.push({ measure: `  ${gesture} zoomed in to ${ZOOMED_IN} (full nodes), ms/frame, ${size}`, value: p50p95(sa), compare: `bare ${p50p95(sb)}; p50 ratio ${(sa.p50 / sb.p50).toFixed(2)}×` });
  }
  return rows;
}

/** Issue 19's targets: ratios to the bare page in the same run (A/B pairs), and two absolute limits. */
function mapTargets(results: SizeResult[]): Target[] {
  const at = (size: number) => results.find((r) => r.size === size);
  const ratio = (size: number, gesture: (typeof GESTURES)[number]) => {
    const r = at(size);
    const fa = r?.frames.app[gesture] ?? [];
    const fb = r?.frames.baseline[gesture] ?? [];
    return fa.length && fb.length ? spread(fa).p50 / spread(fb).p50 : null;
  };
  const targets: Target[] = GESTURES.map((g) => ({ name: `map 100 partners: ${g} p50 vs bare`, value: ratio(100, g), limit: 1.2, unit: '×', kind: 'max' as const }));
  const zoom100 = at(100)?.frames.app.zoom ?? [];
  targets.push({ name: 'map 100 partners: zoom p95 main-thread ms/frame', value: zoom100.length ? spread(zoom100).p95 : null, limit: 50, unit: 'ms', kind: 'max' });
  for (const size of [1000, 3000]) {
    const r = at(size);
    targets.push({ name: `map ${label(size)}: first render vs bare`, value: r ? median(r.ratios) : null, limit: 1, unit: '×', kind: 'max', detail: 'median of the A/B pair ratios' });
    for (const g of GESTURES) targets.push({ name: `map ${label(size)}: ${g} p50 vs bare`, value: ratio(size, g), limit: 1, unit: '×', kind: 'max' });
  }
  const pan1000 = at(1000)?.frames.app.pan ?? [];
  targets.push({ name: 'map 1,000 partners: pan p50 main-thread ms/frame, fitted (stretch)', value: pan1000.length ? spread(pan1000).p50 : null, limit: 16.7, unit: 'ms', kind: 'max' });
  return targets;
}

/** The ecosystem map beside a bare React Flow page of the same size, alternating A B A B. */
export async function benchMap(ctx: BenchContext): Promise<PartOutput> {
  const app = await openBenchPage(ctx.browser);
  const baseline = await openBenchPage(ctx.browser);
  try {
    const bundles = ctx.sizes.map((size) => generateWorkshop({ title: mapTitle(size), partners: size, edges: size * 2, canvases: 1, notes: 8 }, size));
    const imported = await importThroughApp(app.page, ctx.appUrl, bundles);
    ctx.log(`map: imported ${bundles.length} workshops (${(imported.bytes / 1e6).toFixed(1)} MB) in ${imported.ms} ms`);
    const ids = new Map<number, string>();
    for (const size of ctx.sizes) ids.set(size, await workshopIdByTitle(app.page, mapTitle(size)));
    const smallest = Math.min(...ctx.sizes);
    await checkAvailable(app.page, ctx.appUrl, ids.get(smallest) as string, mapTitle(smallest));

    const results: SizeResult[] = [];
    for (const size of ctx.sizes) {
      const result: SizeResult = { size, app: [], baseline: [], ratios: [], frames: { app: { pan: [], zoom: [], drag: [] }, baseline: { pan: [], zoom: [], drag: [] } }, zoomed: { app: NO_FRAMES, baseline: NO_FRAMES } };
      for (let run = 0; run < ctx.runs; run++) {
        // Frame times come from the first pair; later pairs time the first render only.
        const pairStarted = Date.now();
        const zoomed = run === 0 && size === smallest;
        const a = await appRun(app, ctx.appUrl, ids.get(size) as string, bundles[ctx.sizes.indexOf(size)] as WorkshopBundle, run === 0, zoomed);
        const b = await baselineRun(baseline, ctx.baselineUrl, size, run === 0, zoomed);
        if (zoomed) result.zoomed = { app: a.zoomed, baseline: b.zoomed };
        result.app.push(a.render);
        result.baseline.push(b.render);
        for (const g of ['pan', 'zoom', 'drag'] as const) {
          result.frames.app[g].push(...a.frames[g]);
          result.frames.baseline[g].push(...b.frames[g]);
        }
        ctx.log(`map ${size} run ${run + 1}: app ${a.render.ms.toFixed(0)} ms, bare ${b.render.ms.toFixed(0)} ms`);
        if (run === 0 && Date.now() - pairStarted > SLOW_PAIR_MS && ctx.runs > 1) {
          ctx.log(`map ${size}: the first pair took ${((Date.now() - pairStarted) / 1000).toFixed(0)} s; one pair only at this size (time budget)`);
          break;
        }
      }
      result.ratios = pairRatios(result.app.map((r) => r.ms), result.baseline.map((r) => r.ms));
      results.push(result);
    }
    const targets = mapTargets(results);
    if (app.errors.length) ctx.log(`map: the app logged errors: ${app.errors.slice(0, 3).join(' | ')}`);
    return { rows: results.flatMap(rowsFor), targets, data: { imported, results, errors: app.errors } };
  } finally {
    await app.context.close();
    await baseline.context.close();
  }
}
