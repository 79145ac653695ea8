/**
 * Migration harness (docs/ARCHITECTURE.md, "Storage"): every schema version's database, as a fixture, must open with
 * the current PartnerscapeDb with every record intact and load without errors.
 *
 * Adding schema version n + 1:
 *   1. before changing db.ts, generate test/fixtures/db/v{n}.json from the current schema
 *      (copy make-v4-fixture.ts) — skip if it already exists;
 *   2. freeze that version's `stores()` declaration as SCHEMA_V{n} below and add one line to FIXTURES
 *      (with `expected` if the upgrade step transforms records).
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readBoard } from '../../../src/live/board';
import { LiveSessionRepository, PartnerscapeDb, storesAt, WorkshopRepository } from '../../../src/storage';
import v1 from '../../fixtures/db/v1.json';
import v2 from '../../fixtures/db/v2.json';
import v3 from '../../fixtures/db/v3.json';
import v4 from '../../fixtures/db/v4.json';
import v5 from '../../fixtures/db/v5.json';
import { freshDb } from './helpers';

type Dump = Record<string, unknown[]>;
type Schema = Record<string, string>;

interface Fixture {
  /** The Dexie schema version the dump was taken at. */
  version: number;
  /** That version's `stores()` declaration. */
  schema: Schema;
  /** Table name → records, as stored at that version. */
  dump: Dump;
  /** The records as they must read after upgrading to the current version (default: unchanged). */
  expected?: Dump;
}

/** Each version's tables as it shipped: history, never edited (db.ts builds them from the record-kinds table). */
const SCHEMA_V1 = {
  workshops: 'id, updatedAt',
  tiers: 'id, workshopId',
  partners: 'id, workshopId',
  canvases: 'id, workshopId',
  notes: 'id, workshopId, canvasId',
  edges: 'id, workshopId',
  insights: 'id, workshopId',
  layouts: 'workshopId',
};
const SCHEMA_V2 = { ...SCHEMA_V1, enablement: 'id, workshopId, partnerId', metrics: 'id, workshopId, partnerId' };
const SCHEMA_V3 = SCHEMA_V2;
const SCHEMA_V4 = { ...SCHEMA_V3, liveSessions: 'id, workshopId, status', liveDocs: '[sessionId+name], sessionId' };
const SCHEMA_V5 = { ...SCHEMA_V4, votingRounds: 'id, workshopId, canvasId', votes: 'id, workshopId, roundId' };

/** v4 adds the live-session tables: older databases read unchanged, with those tables empty. */
const withLiveTables = (dump: Dump): Dump => withVotingTables({ ...dump, liveSessions: [], liveDocs: [] });

/** v5 adds the voting rounds and votes: older databases read unchanged, with those tables empty. */
function withVotingTables(dump: Dump): Dump {
  return { ...dump, votingRounds: [], votes: [] };
}

/** v3 gives every record a revision counter; records from before it start at 0. */
const withRevisions = (dump: Dump): Dump => Object.fromEntries(Object.entries(dump).map(([table, records]) => [table, records.map((r) => ({ ...(r as object), rev: 0 }))]));

const FIXTURES: Fixture[] = [
  // v2 only adds the enablement and metrics tables: v1 records read unchanged, the new tables start empty.
  { version: 1, schema: SCHEMA_V1, dump: v1 as Dump, expected: withLiveTables(withRevisions({ ...(v1 as Dump), enablement: [], metrics: [] })) },
  { version: 2, schema: SCHEMA_V2, dump: v2 as Dump, expected: withLiveTables(withRevisions(v2 as Dump)) },
  { version: 3, schema: SCHEMA_V3, dump: v3 as Dump, expected: withLiveTables(v3 as Dump) },
  { version: 4, schema: SCHEMA_V4, dump: v4 as Dump, expected: withVotingTables(v4 as Dump) },
  { version: 5, schema: SCHEMA_V5, dump: v5 as Dump },
];

/** Dexie multiplies its version by 10 for IndexedDB. */
const idbVersion = (dexieVersion: number) => dexieVersion * 10;

interface IndexSpec {
  name: string;
  keyPath: string | string[];
  unique: boolean;
  multiEntry: boolean;
  autoIncrement: boolean;
}

/** Parses one index of a Dexie schema string: `++id`, `&email`, `*tags`, `[a+b]`, `name`. */
function parseIndex(raw: string): IndexSpec {
  let spec = raw.trim();
  const flags = { unique: false, multiEntry: false, autoIncrement: false };
  if (spec.startsWith('++')) {
    flags.autoIncrement = true;
    spec = spec.slice(2);
  }
  if (spec.startsWith('&')) {
    flags.unique = true;
    spec = spec.slice(1);
  }
  if (spec.startsWith('*')) {
    flags.multiEntry = true;
    spec = spec.slice(1);
  }
  const keyPath = spec.startsWith('[') ? spec.slice(1, -1).split('+').map((s) => s.trim()) : spec;
  return { name: spec, keyPath, ...flags };
}

/** Parses a Dexie table declaration: the first entry is the primary key, the rest are indexes. */
export function parseTableSchema(declaration: string): { primaryKey: IndexSpec; indexes: IndexSpec[] } {
  const [primary = '', ...rest] = declaration.split(',');
  return { primaryKey: parseIndex(primary), indexes: rest.map(parseIndex).filter((i) => i.name) };
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/**
 * Creates the raw IndexedDB database of an older schema version, as that version of the app left it,
 * fills it with the dump and closes it. Returns the database name.
 */
export async function openFixture(version: number, schema: Schema, dump: Dump): Promise<string> {
  const name = `fixture-v${version}-${crypto.randomUUID()}`;
  const open = indexedDB.open(name, idbVersion(version));
  open.onupgradeneeded = () => {
    const db = open.result;
    for (const [table, declaration] of Object.entries(schema)) {
      const { primaryKey, indexes } = parseTableSchema(declaration);
      const store = db.createObjectStore(table, {
        keyPath: primaryKey.keyPath === '' ? undefined : primaryKey.keyPath,
        autoIncrement: primaryKey.autoIncrement,
      });
      for (const index of indexes) store.createIndex(index.name, index.keyPath, { unique: index.unique, multiEntry: index.multiEntry });
    }
  };
  const db = await request(open);
  if (Object.keys(dump).length === 0) {
    db.close();
    return name;
  }
  const tx = db.transaction(Object.keys(dump), 'readwrite');
  for (const [table, records] of Object.entries(dump)) for (const record of records) tx.objectStore(table).put(record);
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
  db.close();
  return name;
}

/** Object stores and their indexes as IndexedDB sees them: to compare the harness with Dexie itself. */
async function describeIdb(name: string) {
  const db = await request(indexedDB.open(name));
  const stores = [...db.objectStoreNames].sort();
  const tx = db.transaction(stores, 'readonly');
  const out = Object.fromEntries(
    stores.map((s) => {
      const store = tx.objectStore(s);
      const indexes = [...store.indexNames].sort().map((i) => {
        const index = store.index(i);
        return { name: i, keyPath: index.keyPath, unique: index.unique, multiEntry: index.multiEntry };
      });
      return [s, { keyPath: store.keyPath, autoIncrement: store.autoIncrement, indexes }];
    }),
  );
  const version = db.version;
  db.close();
  return { version, stores: out };
}

function byKey(records: unknown[]): unknown[] {
  const key = (r: unknown) => String((r as { id?: string; workshopId?: string }).id ?? (r as { workshopId?: string }).workshopId);
  return [...records].sort((a, b) => key(a).localeCompare(key(b)));
}

describe('migration harness', () => {
  it('parses Dexie schema strings', () => {
    expect(parseTableSchema('id, workshopId, canvasId')).toEqual({
      primaryKey: { name: 'id', keyPath: 'id', unique: false, multiEntry: false, autoIncrement: false },
      indexes: [
        { name: 'workshopId', keyPath: 'workshopId', unique: false, multiEntry: false, autoIncrement: false },
        { name: 'canvasId', keyPath: 'canvasId', unique: false, multiEntry: false, autoIncrement: false },
      ],
    });
    expect(parseTableSchema('++seq, &email, *tags, [a+b]').indexes.map((i) => [i.keyPath, i.unique, i.multiEntry])).toEqual([
      ['email', true, false],
      ['tags', false, true],
      [['a', 'b'], false, false],
    ]);
    expect(parseTableSchema('++seq').primaryKey).toMatchObject({ keyPath: 'seq', autoIncrement: true });
  });

  it('builds each version from the record-kinds table (and the live-session tables) exactly as it shipped', () => {
    for (const { version, schema } of FIXTURES) expect(storesAt(version), `version ${version}`).toEqual(schema);
  });

  it('builds the current schema exactly as Dexie does', async () => {
    const current = FIXTURES.find((f) => f.version === new PartnerscapeDb('probe').verno);
    expect(current, 'a fixture for the current schema version (or update this check once there are upgrades)').toBeDefined();
    const dexie = freshDb();
    await dexie.open();
    dexie.close();
    const byHarness = await openFixture(current!.version, current!.schema, {});
    expect(await describeIdb(byHarness)).toEqual(await describeIdb(dexie.name));
    indexedDB.deleteDatabase(byHarness);
  });

  it('has a fixture for every schema version before the current one', () => {
    const current = new PartnerscapeDb('probe').verno;
    for (let v = 1; v < Math.max(2, current); v++) expect(FIXTURES.map((f) => f.version)).toContain(v);
  });

  it('fixtures are real dumps: every table of their schema, and the v1 example in it', () => {
    for (const { schema, dump } of FIXTURES) expect(Object.keys(dump).sort()).toEqual(Object.keys(schema).sort());
    expect(v1.workshops).toHaveLength(2);
    expect(v1.partners.length).toBeGreaterThanOrEqual(10);
    expect(v1.notes.length).toBeGreaterThan(0);
    expect(v2.enablement.length).toBeGreaterThan(0);
    expect(v2.metrics.length).toBeGreaterThan(0);
    expect(v3.notes.some((n) => n.rev > 0)).toBe(true);
    expect(v4.liveSessions).toHaveLength(1);
    expect(v4.notes.some((n) => 'live' in n)).toBe(true);
    expect(v5.votingRounds).toHaveLength(2);
    expect(v5.votes).toHaveLength(3);
  });
});

describe.each(FIXTURES)('a schema-version-$version database', (fixture) => {
  async function upgraded() {
    const name = await openFixture(fixture.version, fixture.schema, fixture.dump);
    const db = new PartnerscapeDb(name);
    await db.open();
    return db;
  }

  it('opens with the current PartnerscapeDb with every record intact', async () => {
    const db = await upgraded();
    try {
      const expected = fixture.expected ?? fixture.dump;
      expect(db.tables.map((t) => t.name).sort()).toEqual(Object.keys(expected).sort());
      for (const [table, records] of Object.entries(expected)) {
        const stored = await db.table(table).toArray();
        expect(stored, `table ${table}`).toHaveLength(records.length);
        expect(byKey(stored), `table ${table}`).toStrictEqual(byKey(records));
      }
    } finally {
      await db.delete();
    }
  });

  it('loads every workshop through the repository without errors or repairs', async () => {
    const db = await upgraded();
    try {
      const repo = new WorkshopRepository(db);
      const summaries = await repo.listSummaries();
      const workshops = (fixture.expected ?? fixture.dump).workshops as Array<{ id: string }>;
      expect(summaries.map((s) => s.id).sort()).toEqual(workshops.map((w) => w.id).sort());
      for (const { id } of workshops) {
        const result = await repo.load(id);
        expect(result, id).toMatchObject({ ok: true, repairs: [] });
        if (result?.ok) {
          const owned = (table: string) => ((fixture.expected ?? fixture.dump)[table] as Array<{ workshopId: string }>).filter((r) => r.workshopId === id);
          expect(result.bundle.partners).toHaveLength(owned('partners').length);
          expect(result.bundle.notes).toHaveLength(owned('notes').length);
          expect(result.bundle.edges).toHaveLength(owned('edges').length);
          expect(result.bundle.enablement).toHaveLength(owned('enablement').length);
          expect(result.bundle.metrics).toHaveLength(owned('metrics').length);
          expect(result.bundle.layout).toStrictEqual(owned('layouts')[0]);
        }
      }
    } finally {
      await db.delete();
    }
  });

  it('uses the indexes after the upgrade', async () => {
    const db = await upgraded();
    try {
      const [first] = fixture.dump.workshops as Array<{ id: string }>;
      const notes = (fixture.dump.notes as Array<{ workshopId: string }>).filter((n) => n.workshopId === first!.id);
      expect(await db.owned('notes').where('workshopId').equals(first!.id).count()).toBe(notes.length);
      expect((await db.workshops.orderBy('updatedAt').first())?.id).toBeDefined();
    } finally {
      await db.delete();
    }
  });
});

describe('a schema-version-4 live session', () => {
  it('resumes from the stored record and documents', async () => {
    const name = await openFixture(4, SCHEMA_V4, v4 as Dump);
    const db = new PartnerscapeDb(name);
    try {
      const live = new LiveSessionRepository(db);
      const session = await live.running(v4.workshops[0]!.id);
      expect(session).toMatchObject({ id: 'v4ex-session', code: 'KPX347', participants: [{ id: 'v4participan', name: 'Ada' }] });
      const docs = await live.loadDocs('v4ex-session');
      const board = new Y.Doc();
      Y.applyUpdate(board, docs.get('board')!);
      expect(readBoard(board).notes.map((n) => [n.text, n.author])).toEqual([['From a phone', 'Ada']]);
      await live.end('v4ex-session', '2026-10-01T11:00:00.000Z');
      expect(await live.running(v4.workshops[0]!.id)).toBeUndefined();
      expect(await live.loadDocs('v4ex-session')).toEqual(new Map());
      expect((await live.get('v4ex-session'))?.secret).toBe('');
    } finally {
      await db.delete();
    }
  });
});
