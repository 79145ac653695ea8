import { generateWorkshop } from '../generate';
import { openBenchPage } from '../browser';
import { ms, p50p95, type BenchContext, type PartOutput } from '../context';
import { armSaveWatch, savedAfterEnter, storedNoteId, storedNotesStartingWith, timeAddNote, timeBarePut, timeOpenWorkshop } from '../inpage';
import { importThroughApp, openSection, workshopIdByTitle } from '../seed';
import { median, spread } from '../stats';
import { FIELD_LABELS, commitTypedNote, waitForCanvas } from './canvasUi';

const TITLE = 'Bench storage 1000 partners 5000 notes';
const EDITS = 20;
const PACE_MS = 200;

/** Opening a big workshop, and one edit (a typed note, Enter) until the app reports it committed to IndexedDB. */
export async function benchStorage(ctx: BenchContext): Promise<PartOutput> {
  const bench = await openBenchPage(ctx.browser);
  const { page } = bench;
  try {
    const bundle = generateWorkshop({ title: TITLE, partners: 1000, edges: 2000, canvases: 20, notes: 5000 }, 5000);
    const imported = await importThroughApp(page, ctx.appUrl, [bundle]);
    ctx.log(`storage: imported ${(imported.bytes / 1e6).toFixed(1)} MB in ${imported.ms} ms`);
    const id = await workshopIdByTitle(page, TITLE);

    const opens: number[] = [];
    for (let run = 0; run < ctx.runs; run++) {
      await page.goto(`${ctx.appUrl}/?load=${Date.now()}`);
      await page.getByRole('link', { name: TITLE, exact: true }).waitFor();
      opens.push(await timeOpenWorkshop(page, TITLE));
      ctx.log(`storage: open ${run + 1}: ${opens[run]?.toFixed(0)} ms`);
    }

    await openSection(page, ctx.appUrl, id, 'canvas', TITLE);
    await waitForCanvas(page, Math.floor(bundle.notes.length / bundle.canvases.length));
    const edits: number[] = [];
    for (let i = 0; i < EDITS; i++) {
      await timeAddNote(page, FIELD_LABELS[i % FIELD_LABELS.length] as string);
      await page.keyboard.type(`Bench edit ${i + 1}`);
      // A person needs longer than this to add a note and type a few words; edits faster than the autosave debounce are a burst.
      await page.waitForTimeout(PACE_MS);
      await armSaveWatch(page);
      await commitTypedNote(page, '');
      edits.push(await savedAfterEnter(page));
    }
    const stored = await storedNotesStartingWith(page, id, 'Bench edit ');
    if (stored !== EDITS) throw new Error(`IndexedDB holds ${stored} of the ${EDITS} edited notes after "All changes saved"`);
    const e = spread(edits);
    // The floor under "edit → committed": the same note, put straight into the same store, same page, same pace.
    const noteId = await storedNoteId(page, id, 'Bench edit ');
    if (!noteId) throw new Error('no edited note to put again');
    const puts: number[] = [];
    for (let i = 0; i < EDITS; i++) {
      await page.waitForTimeout(PACE_MS);
      puts.push(await timeBarePut(page, 'notes', noteId));
    }
    const p = spread(puts);
    if (bench.errors.length) ctx.log(`storage: the app logged errors: ${bench.errors.slice(0, 3).join(' | ')}`);
    return {
      rows: [
        { measure: 'open workshop, 1,000 partners + 5,000 notes (link → first section)', value: `median ${ms(median(opens))}`, compare: `runs ${opens.map((v) => v.toFixed(0)).join(', ')}` },
        { measure: 'edit → committed in IndexedDB (Enter → "All changes saved")', value: p50p95(e), compare: `${EDITS} edits ≥ ${PACE_MS} ms apart in this workshop; all ${stored} then read back from IndexedDB` },
        { measure: '  bare IndexedDB put of the same note (same page, same store)', value: p50p95(p), compare: `edit → committed ÷ bare put: p50 ${(e.p50 / p.p50).toFixed(1)}×, p95 ${(e.p95 / p.p95).toFixed(1)}×` },
        { measure: 'import through Import workshop (1,000 + 5,000)', value: ms(imported.ms), compare: `${(imported.bytes / 1e6).toFixed(1)} MB file` },
      ],
      targets: [
        { name: 'edit → committed in IndexedDB, p95', value: e.p95, limit: 30, unit: 'ms', kind: 'max' },
        { name: 'edit → committed vs bare IndexedDB put, p95', value: e.p95 / p.p95, limit: 3, unit: '×', kind: 'max' },
      ],
      data: { opens, edits, puts, imported, errors: bench.errors },
    };
  } finally {
    await bench.context.close();
  }
}
