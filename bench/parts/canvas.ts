import { generateWorkshop } from '../generate';
import { openBenchPage, stepTimes, type BenchPage } from '../browser';
import { p50p95, type BenchContext, type PartOutput } from '../context';
import { findNodePoint, timeAddNote } from '../inpage';
import { importThroughApp, openSection, workshopIdByTitle } from '../seed';
import { spread } from '../stats';
import { FIELD_LABELS, commitTypedNote, waitForCanvas } from './canvasUi';

const TITLE = 'Bench canvas 300 notes';
const NOTES = 300;
const ADDS = 24;
const DRAGS = 3;
const DRAG_STEPS = 16;

async function dragFrames(bench: BenchPage): Promise<number[]> {
  const frames: number[] = [];
  for (let d = 0; d < DRAGS; d++) {
    const at = await findNodePoint(bench.page, '.react-flow__node-note');
    if (!at) break;
    const mouse = bench.page.mouse;
    await mouse.move(at.x, at.y);
    await mouse.down();
    const sign = d % 2 === 0 ? 1 : -1;
    const moves = Array.from({ length: DRAG_STEPS }, (_, i) => () => mouse.move(at.x + sign * (i + 1) * 5, at.y + (i + 1) * 2));
    frames.push(...(await stepTimes(bench, [...moves, () => mouse.up()])));
  }
  return frames;
}

/** One canvas with 300 notes: Add note → textbox painted, and dragging a note. */
export async function benchCanvas(ctx: BenchContext): Promise<PartOutput> {
  const bench = await openBenchPage(ctx.browser);
  try {
    const bundle = generateWorkshop({ title: TITLE, partners: 20, edges: 40, canvases: 1, notes: NOTES }, 300);
    await importThroughApp(bench.page, ctx.appUrl, [bundle]);
    const id = await workshopIdByTitle(bench.page, TITLE);
    await openSection(bench.page, ctx.appUrl, id, 'canvas', TITLE);
    await waitForCanvas(bench.page, NOTES);

    const adds: number[] = [];
    for (let i = 0; i < ADDS; i++) {
      adds.push(await timeAddNote(bench.page, FIELD_LABELS[i % FIELD_LABELS.length] as string));
      await commitTypedNote(bench.page, `Bench note ${i + 1}`);
    }
    const drag = await dragFrames(bench);
    const a = spread(adds);
    if (bench.errors.length) ctx.log(`canvas: the app logged errors: ${bench.errors.slice(0, 3).join(' | ')}`);
    return {
      rows: [
        { measure: `add note → textbox painted (${NOTES} notes on the canvas)`, value: p50p95(a), compare: `${a.n} adds, max ${a.max.toFixed(0)} ms` },
        ...(drag.length ? [{ measure: 'drag a note, main-thread ms/frame', value: p50p95(spread(drag)), compare: `${drag.length} steps in ${DRAGS} drags` }] : []),
      ],
      targets: [{ name: 'canvas add-note → painted, p95', value: a.p95, limit: 50, unit: 'ms', kind: 'max' }],
      data: { adds, drag, errors: bench.errors },
    };
  } finally {
    await bench.context.close();
  }
}
