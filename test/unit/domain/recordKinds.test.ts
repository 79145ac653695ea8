import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type * as Kinds from '../../../src/domain/recordKinds';

/**
 * A throwaway kind, "stickers" (a sticker on a note), added to the record-kinds table and to nothing else:
 * restore, repair, ID reassignment, deletion, the Dexie schema, load/save and export must all carry it.
 */
const stickerSchema = z.object({
  id: z.string().min(1).max(64),
  workshopId: z.string().min(1).max(64),
  createdAt: z.string(),
  updatedAt: z.string(),
  rev: z.number().int().min(0).default(0),
  noteId: z.string().min(1).max(64),
  emoji: z.string().max(8),
});

vi.mock('../../../src/domain/recordKinds', async (importOriginal) => {
  const actual = await importOriginal<typeof Kinds>();
  const current = Math.max(...Object.values(actual.RECORD_KINDS).map((k) => k.since));
  const stickers = { schema: stickerSchema, label: 'sticker', limit: 100, index: 'id, workshopId, noteId', since: current, references: [{ fields: ['noteId'], to: 'notes', onDelete: 'cascade' }] };
  Object.assign(actual.RECORD_KINDS, { stickers });
  actual.COLLECTIONS.push('stickers' as Kinds.Collection);
  return actual;
});

const { COLLECTIONS, RECORD_KINDS, deleteWithDependents, parseWorkshopDocument, reassignIds, restoreBundle, serializeWorkshop, toEntities } = await import('../../../src/domain');
const { PartnerscapeDb, WorkshopRepository } = await import('../../../src/storage');
const { fixedExample } = await import('../../fixtures/bundles');

type Sticker = z.infer<typeof stickerSchema>;

function withStickers() {
  const bundle = fixedExample('rk');
  const [first, second] = bundle.notes;
  const sticker = (id: string, noteId: string): Sticker => ({ id, workshopId: bundle.workshop.id, createdAt: bundle.workshop.createdAt, updatedAt: bundle.workshop.createdAt, rev: 0, noteId, emoji: '⭐' });
  const stickers = [sticker('st-1', first!.id), sticker('st-2', second!.id)];
  return { bundle: { ...bundle, stickers } as typeof bundle & { stickers: Sticker[] }, stickers };
}

describe('the record-kinds table', () => {
  it('lists every kind after the kinds it refers to', () => {
    const seen = new Set<string>();
    for (const c of COLLECTIONS) {
      for (const reference of RECORD_KINDS[c].references) expect(seen.has(reference.to), `${c} → ${reference.to}`).toBe(true);
      seen.add(c);
    }
  });

  it('a kind added to the table alone round-trips through restore, storage and export', async () => {
    const { bundle, stickers } = withStickers();
    const restored = restoreBundle(structuredClone(bundle), { repair: false });
    if (!restored.ok) throw new Error(restored.errors.join('; '));
    expect((restored.bundle as typeof bundle).stickers).toEqual(stickers);

    const db = new PartnerscapeDb(`rk-${crypto.randomUUID()}`);
    try {
      const repo = new WorkshopRepository(db);
      await repo.save(restored.bundle);
      expect(await db.table('stickers').count()).toBe(2);
      const loaded = await repo.load(bundle.workshop.id);
      if (!loaded?.ok) throw new Error('not loaded');
      expect((loaded.bundle as typeof bundle).stickers).toEqual(stickers);

      const text = serializeWorkshop(loaded.bundle, '2026-11-25T00:00:00.000Z');
      expect(JSON.parse(text).stickers).toEqual(stickers);
      const imported = parseWorkshopDocument(text);
      if (!imported.ok) throw new Error(imported.errors.join('; '));
      expect((imported.bundle as typeof bundle).stickers).toEqual(stickers);
      await repo.delete(bundle.workshop.id);
      expect(await db.table('stickers').count()).toBe(0);
    } finally {
      db.close();
      await db.delete();
    }
  });

  it('checks, repairs, rewires and cascades its references like any kind', () => {
    const { bundle } = withStickers();
    const broken = structuredClone(bundle);
    broken.stickers[1]!.noteId = 'gone';
    expect(restoreBundle(broken, { repair: false })).toEqual({ ok: false, errors: ['stickers[1].noteId: refers to note "gone", which is not in the file'] });
    const repaired = restoreBundle(structuredClone(broken), { repair: true });
    expect(repaired.ok && (repaired.bundle as typeof bundle).stickers.map((s) => s.id)).toEqual(['st-1']);

    const copy = reassignIds(bundle) as typeof bundle;
    const noteIds = new Set(copy.notes.map((n) => n.id));
    expect(copy.stickers.every((s) => noteIds.has(s.noteId) && s.id !== 'st-1' && s.id !== 'st-2')).toBe(true);

    const entities = toEntities(bundle) as ReturnType<typeof toEntities> & { stickers: Record<string, Sticker> };
    const after = deleteWithDependents(entities, 'notes', [bundle.notes[0]!.id]) as typeof entities;
    expect(Object.keys(after.stickers)).toEqual(['st-2']);
  });
});
