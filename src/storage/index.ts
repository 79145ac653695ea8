import { PartnerscapeDb } from './db';
import { StorageError } from './errors';
import { LiveSessionRepository } from './liveSessionRepository';
import { WorkshopRepository } from './workshopRepository';

export { DATABASE_NAME, LIVE_TABLES, PartnerscapeDb, SCHEMA_VERSIONS, storesAt } from './db';
export { LiveSessionRepository, type LiveDocRecord, type LiveSessionRecord } from './liveSessionRepository';
export { StorageError, toStorageError } from './errors';
export { WorkshopRepository, type AppliedWrite, type LoadResult, type WorkshopSummary } from './workshopRepository';

let shared: { db: PartnerscapeDb; workshops: WorkshopRepository; live: LiveSessionRepository } | undefined;

export const UNAVAILABLE_MESSAGE = 'Local storage (IndexedDB) is not available, so workshops cannot be read or saved here.';

export function storageAvailable(): boolean {
  return typeof indexedDB !== 'undefined' && indexedDB !== null;
}

/** The app's one database and its repositories, opened on first use. */
export function storage() {
  if (!storageAvailable()) throw new StorageError(UNAVAILABLE_MESSAGE, 'unavailable');
  if (!shared) {
    const db = new PartnerscapeDb();
    shared = { db, workshops: new WorkshopRepository(db), live: new LiveSessionRepository(db) };
  }
  return shared;
}
