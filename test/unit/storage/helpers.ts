import { afterEach } from 'vitest';
import { PartnerscapeDb } from '../../../src/storage';

const opened: PartnerscapeDb[] = [];

/** A fresh, uniquely named database, closed and deleted after the test. */
export function freshDb(): PartnerscapeDb {
  const db = new PartnerscapeDb(`t-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}

afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

/** Every record of every table, sorted by key, to compare whole database states. */
export async function dumpDb(db: PartnerscapeDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  return out;
}
