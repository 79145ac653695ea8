import { COLLECTIONS, type Collection, type WorkshopEntities } from './bundle';
import { nowIso } from './ids';

/** A record as the change machinery sees it: plain JSON data. */
export type RecordData = Readonly<Record<string, unknown>>;

/** Where a record lives in the entities: a collection, or one of the two singletons. */
export type Slot = Collection | 'workshop' | 'layout';

/** One record's change between two snapshots: created (`before` null), deleted (`after` null) or edited. */
export interface RecordChange {
  slot: Slot;
  id: string;
  before: RecordData | null;
  after: RecordData | null;
}

/** Bookkeeping fields: never merged field by field, and not a change on their own. */
const META = new Set(['id', 'workshopId', 'createdAt', 'updatedAt', 'rev']);

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Deep equality of JSON data; a missing key equals `undefined`. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameData(item, b[i]));
  if (!isObject(a) || !isObject(b)) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) if (!sameData(a[key], b[key])) return false;
  return true;
}

/** Same data apart from the bookkeeping fields. */
export function sameContent(a: RecordData, b: RecordData): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) if (!META.has(key) && !sameData(a[key], b[key])) return false;
  return true;
}

function slotRecords(entities: WorkshopEntities, slot: Slot): Readonly<Record<string, RecordData>> {
  if (slot === 'workshop') return { [entities.workshop.id]: entities.workshop };
  if (slot === 'layout') return { [entities.workshop.id]: entities.layout };
  return entities[slot] as Readonly<Record<string, RecordData>>;
}

/** Every record that differs between two snapshots, by reference (immutable updates make that exact). */
export function changesBetween(prev: WorkshopEntities, next: WorkshopEntities): RecordChange[] {
  const out: RecordChange[] = [];
  if (prev.workshop !== next.workshop) out.push({ slot: 'workshop', id: next.workshop.id, before: prev.workshop, after: next.workshop });
  if (prev.layout !== next.layout) out.push({ slot: 'layout', id: next.workshop.id, before: prev.layout, after: next.layout });
  for (const slot of COLLECTIONS) {
    const before = slotRecords(prev, slot);
    const after = slotRecords(next, slot);
    if (before === after) continue;
    // Own keys only: stores may hold plain objects, where `key in` would also see "constructor", "toString", ….
    for (const id of Object.keys(after)) if (!Object.hasOwn(before, id) || before[id] !== after[id]) out.push({ slot, id, before: before[id] ?? null, after: after[id] ?? null });
    for (const id of Object.keys(before)) if (!Object.hasOwn(after, id)) out.push({ slot, id, before: before[id] ?? null, after: null });
  }
  return out;
}

/** Entities with some records replaced (`null` deletes); collections that nothing touched keep their identity. */
export function withRecords(entities: WorkshopEntities, records: ReadonlyArray<{ slot: Slot; id: string; record: RecordData | null }>): WorkshopEntities {
  if (records.length === 0) return entities;
  const next: Record<string, unknown> = { ...entities };
  const copied = new Set<Slot>();
  for (const { slot, id, record } of records) {
    if (slot === 'workshop' || slot === 'layout') {
      if (record) next[slot] = record;
      continue;
    }
    if (!copied.has(slot)) {
      next[slot] = { ...(next[slot] as object) };
      copied.add(slot);
    }
    const map = next[slot] as Record<string, RecordData>;
    if (record) map[id] = record;
    else delete map[id];
  }
  return next as WorkshopEntities;
}

/**
 * Every change of a commit, with the revision of each changed record bumped, and changes that only touched
 * bookkeeping (a record rebuilt with the same content) taken back out: they are not a step of anyone's.
 * The collections the recipe made anew belong to this commit, so they are stamped in place (copying a map of
 * 50,000 notes again would cost more than the edit).
 */
export function stampRevisions(prev: WorkshopEntities, next: WorkshopEntities): { entities: WorkshopEntities; changes: RecordChange[] } {
  const changes: RecordChange[] = [];
  const out: Record<string, unknown> = { ...next };
  for (const change of changesBetween(prev, next)) {
    const { slot, id, before, after } = change;
    const same = before !== null && after !== null && sameContent(before, after);
    const record = same ? before : after && { ...after, rev: Math.max(Number(before?.rev ?? -1), Number(after.rev ?? 0)) + 1 };
    if (!same) changes.push({ ...change, after: record });
    if (slot === 'workshop' || slot === 'layout') out[slot] = record;
    else if (record) (out[slot] as Record<string, RecordData>)[id] = record;
  }
  return { entities: changes.length ? (out as WorkshopEntities) : prev, changes };
}

/** `from` → `to` for one record, as `rebase` applies it. */
export interface RecordMove {
  slot: Slot;
  id: string;
  from: RecordData | null;
  to: RecordData | null;
}

/**
 * Moves records of `current` from one version to another, but only where `current` still holds what the
 * `from` version held: fields (and the entries of a record's maps and of its lists of items with ids) that
 * someone else has changed since stay as they are. A record created by the move is added unless it exists;
 * one deleted by it is deleted; one that someone else deleted stays deleted.
 */
export function rebase(current: WorkshopEntities, moves: readonly RecordMove[], at: string = nowIso()): WorkshopEntities {
  const records: Array<{ slot: Slot; id: string; record: RecordData | null }> = [];
  for (const { slot, id, from, to } of moves) {
    const now = slotRecords(current, slot)[id] ?? null;
    const next = moveRecord(now, from, to, at);
    if (next !== now) records.push({ slot, id, record: next });
  }
  return withRecords(current, records);
}

/** Takes a list of changes back (an undo, or a redo of what an undo did), field by field. */
export function revertChanges(current: WorkshopEntities, changes: readonly RecordChange[], at: string = nowIso()): WorkshopEntities {
  return rebase(
    current,
    changes.map((c) => ({ slot: c.slot, id: c.id, from: c.after, to: c.before })),
    at,
  );
}

/**
 * A record about to be written over what storage holds now: the writer moved it from `from` to `to`; when
 * another writer has changed the stored record since `from`, only the fields this writer changed are moved,
 * and the result gets a revision above both. `null`: leave it out (someone else deleted it).
 */
export function rebaseStored(stored: RecordData | null, from: RecordData | null, to: RecordData | null, at: string): RecordData | null {
  if (!to || (from && !stored)) return null;
  if (!from || !stored || (stored.rev === from.rev && stored.updatedAt === from.updatedAt)) return to;
  const merged = moveRecord(stored, from, to, at);
  if (!merged || sameContent(merged, to)) return to;
  return { ...merged, rev: Math.max(Number(stored.rev ?? 0), Number(to.rev ?? 0)) + 1 };
}

function moveRecord(now: RecordData | null, from: RecordData | null, to: RecordData | null, at: string): RecordData | null {
  if (!from) return now ?? to;
  if (!now) return null;
  if (!to) return null;
  if (now === from) return to;
  const merged = mergeFields(now, from, to, 0);
  if (merged === now) return now;
  const content = sameContent(merged, to);
  return { ...merged, rev: Math.max(Number(now.rev ?? 0), Number(to.rev ?? 0)), updatedAt: content ? to.updatedAt : at };
}

function mergeFields(now: RecordData, from: RecordData, to: RecordData, depth: number): RecordData {
  let out: Record<string, unknown> | null = null;
  for (const key of new Set([...Object.keys(from), ...Object.keys(to)])) {
    if ((depth === 0 && META.has(key)) || sameData(from[key], to[key])) continue;
    const value = mergeValue(now[key], from[key], to[key], depth);
    if (value === now[key]) continue;
    out ??= { ...now };
    if (value === undefined) delete out[key];
    else out[key] = value;
  }
  return out ?? now;
}

/** A field: taken over when it still holds `from`; a map or an id-keyed list one level down, entry by entry. */
function mergeValue(now: unknown, from: unknown, to: unknown, depth: number): unknown {
  if (sameData(now, from)) return to;
  if (depth > 0) return now;
  if (isObject(now) && isObject(from) && isObject(to)) return mergeFields(now, from, to, depth + 1);
  if (isKeyedList(now) && isKeyedList(from) && isKeyedList(to)) return mergeKeyedList(now, from, to);
  return now;
}

type Item = { id: string } & Record<string, unknown>;

function isKeyedList(value: unknown): value is Item[] {
  return Array.isArray(value) && value.every((item) => isObject(item) && typeof item.id === 'string');
}

function mergeKeyedList(now: Item[], from: Item[], to: Item[]): Item[] {
  const fromById = new Map(from.map((item) => [item.id, item]));
  const toById = new Map(to.map((item) => [item.id, item]));
  let out = now.flatMap((item) => {
    const was = fromById.get(item.id);
    if (!was) return [item];
    const will = toById.get(item.id);
    if (!will) return [];
    return [sameData(item, was) ? will : item];
  });
  to.forEach((item, index) => {
    if (fromById.has(item.id) || out.some((o) => o.id === item.id)) return;
    out = [...out.slice(0, index), item, ...out.slice(index)];
  });
  return sameData(out, now) ? now : out;
}
