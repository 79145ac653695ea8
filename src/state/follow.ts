import { COLLECTIONS, rebase, recordsOf, toEntities, type RecordData, type RecordMove, type WorkshopEntities } from '../domain';
import type { LoadResult } from '../storage';
import type { WriteThrough } from './persistence';

/** What another window changed, worked out against this window's baseline. */
export interface Followed {
  /** The baseline with the other window's changes: what storage holds now. */
  baseline: WorkshopEntities;
  /** The stored workshop's stamp, so its echo is not followed twice. */
  stamp: string;
  /** The other window's changes on top of what this window shows (its unsaved edits stay). */
  apply: (shown: WorkshopEntities) => WorkshopEntities;
}

const edited = (a: RecordData, b: RecordData) => a.rev !== b.rev || a.updatedAt !== b.updatedAt;

/** The records that differ between this window's baseline and storage: every writer bumps `rev` and `updatedAt`. */
export function storedMoves(baseline: WorkshopEntities, stored: WorkshopEntities): RecordMove[] {
  const id = stored.workshop.id;
  const moves: RecordMove[] = [];
  if (edited(baseline.workshop, stored.workshop)) moves.push({ slot: 'workshop', id, from: baseline.workshop, to: stored.workshop });
  if (edited(baseline.layout, stored.layout)) moves.push({ slot: 'layout', id, from: baseline.layout, to: stored.layout });
  for (const slot of COLLECTIONS) {
    const before = recordsOf(baseline, slot);
    const after = recordsOf(stored, slot);
    for (const [key, record] of Object.entries(after)) {
      const was = before[key];
      if (!was || edited(was, record)) moves.push({ slot, id: key, from: was ?? null, to: record });
    }
    for (const [key, record] of Object.entries(before)) if (!Object.hasOwn(after, key)) moves.push({ slot, id: key, from: record, to: null });
  }
  return moves;
}

/**
 * Reads the stored workshop and works out what others changed. A write of this window that lands while it
 * reads would look like someone else's change, so then it waits for the write and reads again.
 */
export async function followStored(writer: WriteThrough, load: () => Promise<LoadResult | undefined>, stillOpen: () => boolean): Promise<Followed | null> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const writes = writer.writeCount;
    const result = await load();
    if (!stillOpen() || !result?.ok) return null;
    if (writer.writeCount !== writes || writer.writing) {
      await writer.idle();
      continue;
    }
    const moves = storedMoves(writer.baseline, toEntities(result.bundle));
    return { baseline: rebase(writer.baseline, moves), stamp: result.bundle.workshop.updatedAt, apply: (shown) => rebase(shown, moves) };
  }
  return null;
}
