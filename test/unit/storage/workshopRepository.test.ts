import { describe, expect, it, vi } from 'vitest';
import { diffEntities, toEntities, type EntityChanges, type WorkshopBundle } from '../../../src/domain';
import { StorageError, WorkshopRepository, type LoadResult } from '../../../src/storage';
import { clone, fixedBlank, fixedExample } from '../../fixtures/bundles';
import { dumpDb, freshDb } from './helpers';

const LATER = '2026-03-02T11:30:00.000Z';

function setup() {
  const db = freshDb();
  return { db, repo: new WorkshopRepository(db) };
}

function loaded(result: LoadResult | undefined) {
  if (!result) throw new Error('workshop not found');
  if (!result.ok) throw new Error(`load failed: ${result.errors.join('; ')}`);
  return result;
}

/** Order-insensitive comparison: storage returns records in key order, not insertion order. */
function normalize(bundle: WorkshopBundle) {
  const byId = <T extends { id: string }>(items: T[]) => [...items].sort((a, b) => a.id.localeCompare(b.id));
  return {
    ...bundle,
    tiers: byId(bundle.tiers),
    partners: byId(bundle.partners),
    canvases: byId(bundle.canvases),
    notes: byId(bundle.notes),
    edges: byId(bundle.edges),
    insights: byId(bundle.insights),
  };
}

describe('WorkshopRepository.save / load', () => {
  it('loads what was saved, record for record, without repairs', async () => {
    const { repo } = setup();
    const bundle = fixedExample();
    await repo.save(bundle);
    const { bundle: back, repairs } = loaded(await repo.load(bundle.workshop.id));
    expect(repairs).toEqual([]);
    expect(normalize(back)).toStrictEqual(normalize(bundle));
  });

  it('returns undefined for an unknown workshop', async () => {
    const { repo } = setup();
    await repo.save(fixedExample());
    expect(await repo.load('no-such-workshop')).toBeUndefined();
  });

  it('replaces the stored aggregate on a second save (removed records disappear)', async () => {
    const { db, repo } = setup();
    const bundle = fixedExample();
    await repo.save(bundle);
    const smaller = { ...bundle, notes: bundle.notes.slice(0, 3), edges: [], insights: bundle.insights.slice(1) };
    await repo.save(smaller);
    const { bundle: back } = loaded(await repo.load(bundle.workshop.id));
    expect(normalize(back)).toStrictEqual(normalize(smaller));
    expect(await db.owned('notes').count()).toBe(3);
    expect(await db.owned('edges').count()).toBe(0);
  });

  it('keeps workshops apart', async () => {
    const { repo } = setup();
    const a = fixedExample('a');
    const b = fixedBlank('b');
    await repo.save(a);
    await repo.save(b);
    expect(normalize(loaded(await repo.load(a.workshop.id)).bundle)).toStrictEqual(normalize(a));
    expect(normalize(loaded(await repo.load(b.workshop.id)).bundle)).toStrictEqual(normalize(b));
  });

  it('gives a workshop without a stored layout an empty one', async () => {
    const { db, repo } = setup();
    const bundle = fixedExample();
    await repo.save(bundle);
    await db.layouts.delete(bundle.workshop.id);
    const { bundle: back } = loaded(await repo.load(bundle.workshop.id));
    expect(back.layout).toEqual({ workshopId: bundle.workshop.id, updatedAt: bundle.workshop.updatedAt, rev: 0, positions: {} });
  });

  it('repairs a dangling reference planted directly in a table', async () => {
    const { db, repo } = setup();
    const bundle = fixedExample();
    await repo.save(bundle);
    const partner = bundle.partners[4]!;
    await db.owned('partners').put({ ...partner, tierId: 'deleted-tier' });
    await db.owned('notes').put({ ...bundle.notes[0]!, id: 'orphan-note', canvasId: 'deleted-canvas' });
    const { bundle: back, repairs } = loaded(await repo.load(bundle.workshop.id));
    expect(repairs).toHaveLength(2);
    expect(repairs.some((r) => /tierId: tier "deleted-tier" no longer exists/.test(r))).toBe(true);
    expect(repairs.some((r) => /canvasId: canvas "deleted-canvas" no longer exists/.test(r))).toBe(true);
    expect(back.partners.find((p) => p.id === partner.id)!.tierId).toBeNull();
    expect(back.notes.find((n) => n.id === 'orphan-note')).toBeUndefined();
    expect(back.notes).toHaveLength(bundle.notes.length);
  });

  it('refuses a record with a broken shape planted in a table, naming it', async () => {
    const { db, repo } = setup();
    const bundle = fixedExample();
    await repo.save(bundle);
    await db.owned('insights').put({ ...bundle.insights[0]!, weight: 11 });
    const result = await repo.load(bundle.workshop.id);
    expect(result?.ok).toBe(false);
    if (result && !result.ok) expect(result.errors.join('\n')).toMatch(/^insights\[\d+\]\.weight: /m);
  });
});

describe('WorkshopRepository.apply', () => {
  it('writes puts and removes and moves workshop.updatedAt', async () => {
    const { db, repo } = setup();
    const bundle = fixedExample();
    await repo.save(bundle);
    const prev = toEntities(bundle);
    const note = bundle.notes[0]!;
    const editedNote = { ...note, text: 'Edited on the wall', votes: 9, updatedAt: LATER };
    const newPartner = { ...bundle.partners[0]!, id: 'p-new', name: 'Orbit Payments', updatedAt: LATER };
    const removedEdge = bundle.edges[2]!;
    const { [removedEdge.id]: _gone, ...edges } = prev.edges;
    const layout = { ...bundle.layout, updatedAt: LATER, positions: { ...bundle.layout.positions, 'p-new': { x: 9, y: 9 } } };
    const next = { ...prev, notes: { ...prev.notes, [note.id]: editedNote }, partners: { ...prev.partners, 'p-new': newPartner }, edges, layout };

    const { workshop: touched, previousStamp } = await repo.apply(bundle.workshop, diffEntities(prev, next), LATER);
    expect(previousStamp).toBe(bundle.workshop.updatedAt);

    expect(touched).toEqual({ ...bundle.workshop, updatedAt: LATER });
    expect(await db.workshops.get(bundle.workshop.id)).toEqual(touched);
    expect(await db.owned('notes').get(note.id)).toEqual(editedNote);
    expect(await db.owned('partners').get('p-new')).toEqual(newPartner);
    expect(await db.owned('edges').get(removedEdge.id)).toBeUndefined();
    expect(await db.owned('edges').count()).toBe(bundle.edges.length - 1);
    expect(await db.layouts.get(bundle.workshop.id)).toEqual(layout);
    const { bundle: back, repairs } = loaded(await repo.load(bundle.workshop.id));
    expect(repairs).toEqual([]);
    expect(back.partners).toHaveLength(bundle.partners.length + 1);
  });

  it('writes a changed workshop record, with the new time', async () => {
    const { db, repo } = setup();
    const bundle = fixedExample();
    await repo.save(bundle);
    const renamed = { ...bundle.workshop, title: 'Renamed' };
    const changes: EntityChanges = { workshop: renamed, layout: null, put: {}, remove: {} };
    const { workshop: touched } = await repo.apply(bundle.workshop, changes, LATER);
    expect(touched).toEqual({ ...renamed, updatedAt: LATER });
    expect(await db.workshops.get(bundle.workshop.id)).toEqual({ ...renamed, updatedAt: LATER });
    expect((await repo.listSummaries())[0]).toMatchObject({ title: 'Renamed', updatedAt: LATER });
  });

  it('writes only the fields a batch changed over a record another writer changed since the batch’s base', async () => {
    const { db, repo } = setup();
    const bundle = fixedExample();
    await repo.save(bundle);
    const base = toEntities(bundle);
    const note = bundle.notes[0]!;
    const theirs = { ...note, color: 'pink' as const, rev: note.rev + 1, updatedAt: LATER };
    await repo.apply(bundle.workshop, { workshop: { ...bundle.workshop, noiseThreshold: 4, rev: bundle.workshop.rev + 1 }, layout: null, put: { notes: [theirs] }, remove: {} }, LATER);

    const mine = { ...note, text: 'Mine', rev: note.rev + 1, updatedAt: '2026-03-02T11:31:00.000Z' };
    const titled = { ...bundle.workshop, title: 'Mine too', rev: bundle.workshop.rev + 1 };
    const untouched = { ...bundle.notes[1]!, text: 'Nobody else wrote this', rev: bundle.notes[1]!.rev + 1 };
    const changes: EntityChanges = { workshop: titled, layout: null, put: { notes: [mine, untouched] }, remove: {} };
    const { previousStamp } = await repo.apply(bundle.workshop, changes, '2026-03-02T11:32:00.000Z', base);

    expect(previousStamp).toBe(LATER);
    expect(await db.workshops.get(bundle.workshop.id)).toMatchObject({ title: 'Mine too', noiseThreshold: 4, rev: bundle.workshop.rev + 2 });
    expect(await db.owned('notes').get(note.id)).toMatchObject({ text: 'Mine', color: 'pink', rev: note.rev + 2 });
    expect(await db.owned('notes').get(untouched.id)).toEqual(untouched);
  });

  it('leaves out an edit of a record another writer deleted since the batch’s base', async () => {
    const { db, repo } = setup();
    const bundle = fixedExample();
    await repo.save(bundle);
    const base = toEntities(bundle);
    const note = bundle.notes[0]!;
    await repo.apply(bundle.workshop, { workshop: null, layout: null, put: {}, remove: { notes: [note.id] } }, LATER);
    await repo.apply(bundle.workshop, { workshop: null, layout: null, put: { notes: [{ ...note, text: 'Too late' }] }, remove: {} }, LATER, base);
    expect(await db.owned('notes').get(note.id)).toBeUndefined();
  });

  it('stamps a write just after the stored stamp when the clock gives the same (or an earlier) time', async () => {
    const { repo } = setup();
    const bundle = fixedExample();
    await repo.save(bundle);
    const stored = bundle.workshop.updatedAt;
    const { workshop, previousStamp } = await repo.apply(bundle.workshop, diffEntities(toEntities(bundle), toEntities(bundle)), stored);
    expect(previousStamp).toBe(stored);
    expect(workshop.updatedAt).toBe(new Date(Date.parse(stored) + 1).toISOString());
    const again = await repo.apply(bundle.workshop, diffEntities(toEntities(bundle), toEntities(bundle)), '2000-01-01T00:00:00.000Z');
    expect(again.workshop.updatedAt > workshop.updatedAt).toBe(true);
  });

  it('runs as one transaction', async () => {
    const { db, repo } = setup();
    const bundle = fixedExample();
    await repo.save(bundle);
    const spy = vi.spyOn(db, 'transaction');
    await repo.apply(bundle.workshop, { workshop: null, layout: null, put: { notes: [{ ...bundle.notes[0]!, text: 'x' }] }, remove: { edges: [bundle.edges[0]!.id] } }, LATER);
    expect(spy).toHaveBeenCalledTimes(1);
    expect(spy.mock.calls[0]![0]).toBe('rw');
  });

  it('leaves the stored data unchanged when a write fails mid-transaction, and reports the quota', async () => {
    const { db, repo } = setup();
    const bundle = fixedExample();
    await repo.save(bundle);
    const before = await dumpDb(db);
    const quota = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    vi.spyOn(db.owned('notes'), 'bulkPut').mockRejectedValue(quota);
    const changes: EntityChanges = {
      workshop: { ...bundle.workshop, title: 'Never saved' },
      layout: { ...bundle.layout, positions: {} },
      put: { tiers: [{ ...bundle.tiers[0]!, name: 'Never saved' }], notes: [{ ...bundle.notes[0]!, text: 'Never saved' }] },
      remove: { partners: [bundle.partners[11]!.id], canvases: [bundle.canvases[0]!.id] },
    };
    const failure = await repo.apply(bundle.workshop, changes, LATER).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StorageError);
    expect(failure).toMatchObject({ kind: 'quota' });
    expect(db.owned('notes').bulkPut).toHaveBeenCalled();
    expect(await dumpDb(db)).toStrictEqual(before);
  });

  it('reports other failures as StorageError too', async () => {
    const { db, repo } = setup();
    const bundle = fixedExample();
    await repo.save(bundle);
    vi.spyOn(db.owned('tiers'), 'bulkDelete').mockRejectedValue(new TypeError('boom'));
    const failure = await repo.apply(bundle.workshop, { workshop: null, layout: null, put: {}, remove: { tiers: ['x'] } }, LATER).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(StorageError);
    expect(failure).toMatchObject({ kind: 'unknown', message: 'Saving failed: boom' });
  });
});

describe('WorkshopRepository.delete', () => {
  it('removes every owned record of that workshop and nothing of another', async () => {
    const { db, repo } = setup();
    const doomed = fixedExample('a');
    const kept = fixedExample('b');
    await repo.save(doomed);
    await repo.save(kept);
    const keptBefore = await dumpDb(db).then((all) =>
      Object.fromEntries(Object.entries(all).map(([t, rows]) => [t, (rows as Array<{ id?: string; workshopId?: string }>).filter((r) => (r.workshopId ?? r.id) === kept.workshop.id)])),
    );
    await repo.delete(doomed.workshop.id);
    const after = await dumpDb(db);
    expect(after).toStrictEqual(keptBefore);
    expect(after.notes).toHaveLength(kept.notes.length);
    expect(await repo.load(doomed.workshop.id)).toBeUndefined();
    expect(normalize(loaded(await repo.load(kept.workshop.id)).bundle)).toStrictEqual(normalize(kept));
  });

  it('is harmless for an unknown ID', async () => {
    const { db, repo } = setup();
    await repo.save(fixedExample());
    const before = await dumpDb(db);
    await repo.delete('nope');
    expect(await dumpDb(db)).toStrictEqual(before);
  });
});

describe('WorkshopRepository.listSummaries', () => {
  it('lists newest first, with partner and canvas counts', async () => {
    const { repo } = setup();
    const old = fixedExample('old', '2025-12-01T08:00:00.000Z');
    const blank = fixedBlank('mid', '2026-01-15T08:00:00.000Z', 'Blank');
    const recent = clone(fixedExample('new', '2026-02-20T08:00:00.000Z'));
    recent.partners = recent.partners.slice(0, 5);
    recent.canvases = recent.canvases.slice(0, 1);
    recent.notes = recent.notes.filter((n) => n.canvasId === recent.canvases[0]!.id);
    // saved out of order on purpose
    await repo.save(blank);
    await repo.save(recent);
    await repo.save(old);
    const summaries = await repo.listSummaries();
    expect(summaries).toEqual([
      { id: recent.workshop.id, title: recent.workshop.title, organisation: 'Northwind Analytics', date: '2026-02-20', updatedAt: '2026-02-20T08:00:00.000Z', partnerCount: 5, canvasCount: 1 },
      { id: blank.workshop.id, title: 'Blank', organisation: 'Acme', date: '2026-01-15', updatedAt: '2026-01-15T08:00:00.000Z', partnerCount: 0, canvasCount: 0 },
      { id: old.workshop.id, title: old.workshop.title, organisation: 'Northwind Analytics', date: '2025-12-01', updatedAt: '2025-12-01T08:00:00.000Z', partnerCount: 12, canvasCount: 2 },
    ]);
  });

  it('moves a workshop to the top when it is edited', async () => {
    const { repo } = setup();
    const a = fixedExample('a', '2026-01-01T00:00:00.000Z');
    const b = fixedExample('b', '2026-01-02T00:00:00.000Z');
    await repo.save(a);
    await repo.save(b);
    expect((await repo.listSummaries()).map((s) => s.id)).toEqual([b.workshop.id, a.workshop.id]);
    await repo.apply(a.workshop, { workshop: null, layout: null, put: {}, remove: {} }, '2026-01-03T00:00:00.000Z');
    expect((await repo.listSummaries()).map((s) => s.id)).toEqual([a.workshop.id, b.workshop.id]);
  });

  it('is empty for an empty database', async () => {
    expect(await setup().repo.listSummaries()).toEqual([]);
  });
});
