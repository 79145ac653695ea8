import Dexie, { type Table, type Transaction } from 'dexie';
import type { LiveDocRecord, LiveSessionRecord } from './liveSessionRepository';
import { COLLECTIONS, schemaAt, type Collection, type MapLayout, type RecordOf, type Workshop } from '../domain';

export const DATABASE_NAME = 'partnerscape';

/** v3 gives every stored record its revision counter (`rev`), which every change bumps from then on. */
async function addRevisions(tx: Transaction): Promise<void> {
  // Only the tables of v3 itself: a database upgraded past v3 in one go has later tables too (v4's live sessions).
  const v3Tables = Object.keys(schemaAt(3));
  await Promise.all(
    tx.storeNames.filter((name) => v3Tables.includes(name)).map((name) =>
      tx
        .table(name)
        .toCollection()
        .modify((record: { rev?: unknown }) => {
          if (typeof record.rev !== 'number') record.rev = 0;
        }),
    ),
  );
}

/**
 * Schema history: each version's tables come from the record-kinds table (a kind's `since` says when its
 * table was added); a version that changes stored records has an upgrade step. Every version has a fixture of
 * its database under test/fixtures/db (see test/unit/storage/migrations.test.ts).
 */
export const SCHEMA_VERSIONS: ReadonlyArray<{ version: number; upgrade?: (tx: Transaction) => Promise<void> }> = [
  { version: 1 },
  // v2: each partner's enablement (checklist + rhythm) and metric entries.
  { version: 2 },
  { version: 3, upgrade: addRevisions },
  // v4: the facilitator's live sessions and their Yjs documents (LIVE_TABLES); nothing existing changes.
  { version: 4 },
  // v5: dot-voting rounds and their votes, one record per dot (record kinds votingRounds, votes); nothing existing changes.
  { version: 5 },
];

/**
 * Tables that are not record kinds of a workshop (never exported): the live sessions this app ran or runs, and
 * each session's Yjs documents, so a reload or a restart resumes the same documents (docs/ARCHITECTURE.md, "Live sessions").
 */
export const LIVE_TABLES = {
  liveSessions: 'id, workshopId, status',
  liveDocs: '[sessionId+name], sessionId',
};
const LIVE_SINCE = 4;

/** Every table at a schema version: the record kinds' (and the root tables), plus the live-session tables from v4. */
export function storesAt(version: number): Record<string, string> {
  return { ...schemaAt(version), ...(version >= LIVE_SINCE ? LIVE_TABLES : {}) };
}

export type OwnedTables = { [C in Collection]: Table<RecordOf<C>, string> };

export class PartnerscapeDb extends Dexie {
  workshops!: Table<Workshop, string>;
  layouts!: Table<MapLayout, string>;
  liveSessions!: Table<LiveSessionRecord, string>;
  liveDocs!: Table<LiveDocRecord, [string, string]>;

  constructor(name: string = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    for (const { version, upgrade } of SCHEMA_VERSIONS) {
      const step = this.version(version).stores(storesAt(version));
      if (upgrade) step.upgrade(upgrade);
    }
  }

  /** The table of one record kind (named like its collection). */
  owned<C extends Collection>(collection: C): OwnedTables[C] {
    return this.table(collection) as OwnedTables[C];
  }

  /** Every record kind's table. */
  get ownedTables(): Table[] {
    return COLLECTIONS.map((c) => this.table(c));
  }
}
