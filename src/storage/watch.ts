import { liveQuery } from 'dexie';
import type { PartnerscapeDb } from './db';

/**
 * Calls back with the stored `updatedAt` of one workshop whenever it changes, in this window or any
 * other window on the same database; returns an unsubscribe function.
 */
export function watchWorkshopStamp(db: PartnerscapeDb, id: string, onStamp: (updatedAt: string | null) => void): () => void {
  const subscription = liveQuery(async () => (await db.workshops.get(id))?.updatedAt ?? null).subscribe({
    next: onStamp,
    error: () => undefined,
  });
  return () => subscription.unsubscribe();
}
