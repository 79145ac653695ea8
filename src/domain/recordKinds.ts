import type { z } from 'zod';
import { canvasSchema, insightSchema, mapEdgeSchema, metricEntrySchema, noteSchema, partnerEnablementSchema, partnerSchema, tierSchema, voteSchema, votingRoundSchema } from './records';

/** A field of one kind that holds the id of a record of another kind. */
export interface Reference {
  /** The field, or the fields that all point at the same kind (either end of a map edge). */
  fields: readonly string[];
  /** The collection it points into (a key of RECORD_KINDS, listed before this kind). */
  to: string;
  /** The workshop's own id is a valid target too: the organisation node of the ecosystem map. */
  orWorkshop?: boolean;
  /** When the target is deleted (or missing): `cascade` deletes this record too, `unlink` sets the field to null. */
  onDelete: 'cascade' | 'unlink';
}

/** At most one record of a kind per key, e.g. one enablement plan per partner. */
export interface UniqueKey {
  key: (record: Record<string, unknown>) => string;
  /** Names what the key identifies: "partner", "partner and period". */
  what: string;
  /** The message for a file that holds two records with one key. */
  duplicate: (path: string, key: string) => string;
}

export interface RecordKind {
  schema: z.ZodType<{ id: string; workshopId: string; updatedAt: string; rev: number }>;
  /** What a person calls one record, for messages: tier "t-1" no longer exists. */
  label: string;
  /** At most this many in one workshop: a hostile file cannot exhaust memory. */
  limit: number;
  /** The Dexie index string of its table (the table is named like the collection). */
  index: string;
  /** The database schema version that added its table; files and stores from before read it as empty. */
  since: number;
  references: readonly Reference[];
  unique?: UniqueKey;
  /** Lists inside the record whose items have ids of their own (given fresh ones when a workshop is copied). */
  itemLists?: readonly string[];
}

const str = (record: Record<string, unknown>, field: string) => String(record[field]);

/**
 * The one table of record kinds a workshop owns. Restore and repair, ID reassignment, partner deletion,
 * the Dexie schema, load and save, and the bundle all read it. Order matters: a kind comes after the kinds
 * it refers to, so one pass settles references. The workshop itself and its map layout are the two
 * singletons beside it (see ROOT_TABLES).
 */
export const RECORD_KINDS = {
  tiers: { schema: tierSchema, label: 'tier', limit: 50, index: 'id, workshopId', since: 1, references: [] },
  partners: {
    schema: partnerSchema,
    label: 'partner',
    limit: 10_000,
    index: 'id, workshopId',
    since: 1,
    references: [{ fields: ['tierId'], to: 'tiers', onDelete: 'unlink' }],
  },
  canvases: {
    schema: canvasSchema,
    label: 'canvas',
    limit: 1_000,
    index: 'id, workshopId',
    since: 1,
    references: [{ fields: ['partnerId'], to: 'partners', onDelete: 'unlink' }],
  },
  notes: {
    schema: noteSchema,
    label: 'note',
    limit: 50_000,
    index: 'id, workshopId, canvasId',
    since: 1,
    references: [{ fields: ['canvasId'], to: 'canvases', onDelete: 'cascade' }],
  },
  edges: {
    schema: mapEdgeSchema,
    label: 'value exchange',
    limit: 50_000,
    index: 'id, workshopId',
    since: 1,
    references: [{ fields: ['from', 'to'], to: 'partners', orWorkshop: true, onDelete: 'cascade' }],
  },
  insights: {
    schema: insightSchema,
    label: 'insight',
    limit: 20_000,
    index: 'id, workshopId',
    since: 1,
    references: [{ fields: ['partnerId'], to: 'partners', onDelete: 'unlink' }],
  },
  enablement: {
    schema: partnerEnablementSchema,
    label: 'enablement plan',
    limit: 10_000,
    index: 'id, workshopId, partnerId',
    since: 2,
    references: [{ fields: ['partnerId'], to: 'partners', onDelete: 'cascade' }],
    unique: {
      key: (plan) => str(plan, 'partnerId'),
      what: 'partner',
      duplicate: (path, key) => `${path}.partnerId: partner "${key}" has a second enablement plan`,
    },
    itemLists: ['checklist'],
  },
  metrics: {
    schema: metricEntrySchema,
    label: 'metric entry',
    limit: 200_000,
    index: 'id, workshopId, partnerId',
    since: 2,
    references: [{ fields: ['partnerId'], to: 'partners', onDelete: 'cascade' }],
    unique: {
      key: (entry) => `${str(entry, 'partnerId')}|${str(entry, 'period')}`,
      what: 'partner and period',
      duplicate: (path, key) => `${path}: partner and period "${key.replace('|', ' ')}" are entered twice`,
    },
  },
  votingRounds: {
    schema: votingRoundSchema,
    label: 'voting round',
    limit: 5_000,
    index: 'id, workshopId, canvasId',
    since: 5,
    references: [{ fields: ['canvasId'], to: 'canvases', onDelete: 'cascade' }],
  },
  votes: {
    schema: voteSchema,
    label: 'vote',
    limit: 500_000,
    index: 'id, workshopId, roundId',
    since: 5,
    references: [
      { fields: ['roundId'], to: 'votingRounds', onDelete: 'cascade' },
      { fields: ['noteId'], to: 'notes', onDelete: 'cascade' },
    ],
  },
} as const satisfies Record<string, RecordKind>;

export type Collection = keyof typeof RECORD_KINDS;
export const COLLECTIONS = Object.keys(RECORD_KINDS) as Collection[];
export type RecordOf<C extends Collection> = z.infer<(typeof RECORD_KINDS)[C]['schema']>;

/** The kind table widened for code that walks every kind alike. */
export function recordKind(collection: Collection): RecordKind {
  return RECORD_KINDS[collection];
}

/** The workshop record and its map layout (keyed by the workshop's id; positions keyed by map node). */
export const ROOT_TABLES = { workshops: 'id, updatedAt', layouts: 'workshopId' } as const;

/** The Dexie `stores()` declaration of a schema version: the root tables and every kind that existed then. */
export function schemaAt(version: number): Record<string, string> {
  const kinds = COLLECTIONS.filter((c) => recordKind(c).since <= version).map((c) => [c, recordKind(c).index] as const);
  return { ...ROOT_TABLES, ...Object.fromEntries(kinds) };
}
