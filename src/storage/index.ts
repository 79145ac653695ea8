import { PartnerscapeDb } from './db';
import { WorkshopRepository } from './workshopRepository';

export { DATABASE_NAME, PartnerscapeDb, SCHEMA_V1, SCHEMA_V2 } from './db';
export { StorageError, toStorageError } from './errors';
export { WorkshopRepository, type LoadResult, type WorkshopSummary } from './workshopRepository';

let shared: { db: PartnerscapeDb; workshops: WorkshopRepository } | undefined;

/** The app's one database and its repositories, opened on first use. */
export function storage() {
  if (!shared) {
    const db = new PartnerscapeDb();
    shared = { db, workshops: new WorkshopRepository(db) };
  }
  return shared;
}
