import { afterEach } from 'vitest';
import type { WorkshopBundle } from '../../../src/domain';
import { createWorkshopSession, type SessionOptions, type WorkshopSession } from '../../../src/state/session';
import { PartnerscapeDb, WorkshopRepository } from '../../../src/storage';
import { fixedExample } from '../../fixtures/bundles';

const sessions: WorkshopSession[] = [];
const databases: PartnerscapeDb[] = [];

/** One window: its own session and its own connection to the (shared) database. */
export function openWindow(name: string, options: Partial<SessionOptions> = {}) {
  const db = new PartnerscapeDb(name);
  const workshops = new WorkshopRepository(db);
  const session = createWorkshopSession({ storage: () => ({ db, workshops }), debounceMs: 5, retryMs: 20, ...options });
  sessions.push(session);
  databases.push(db);
  return { db, workshops, session, entities: () => session.store.getState().entities! };
}

/** A database holding the example workshop, and its name. */
export async function databaseWithExample(): Promise<{ name: string; bundle: WorkshopBundle }> {
  const name = `s-${crypto.randomUUID()}`;
  const bundle = fixedExample('st');
  const db = new PartnerscapeDb(name);
  await new WorkshopRepository(db).save(bundle);
  db.close();
  return { name, bundle };
}

/** Two windows with the example workshop open, on one database. */
export async function twoWindows() {
  const { name, bundle } = await databaseWithExample();
  const a = openWindow(name);
  const b = openWindow(name);
  await a.session.openWorkshop(bundle.workshop.id);
  await b.session.openWorkshop(bundle.workshop.id);
  return { a, b, bundle };
}

/** Waits until `check` holds, polling the event loop a bounded number of times (no wall-clock assertions). */
export async function eventually(check: () => boolean | Promise<boolean>, rounds = 400): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error('the condition never held');
}

afterEach(async () => {
  for (const session of sessions.splice(0)) await session.closeWorkshop();
  const closing = databases.splice(0);
  for (const db of closing) db.close();
  for (const db of closing) await db.delete();
});
