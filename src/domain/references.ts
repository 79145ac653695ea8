import { recordsOf, type AnyRecord, type WorkshopEntities } from './bundle';
import { nowIso } from './ids';
import { COLLECTIONS, recordKind, type Collection, type Reference } from './recordKinds';

/** A reference whose target is missing: the field that holds it and the id it names. */
export interface BrokenReference {
  reference: Reference;
  field: string;
  target: string;
}

type Fields = Readonly<Record<string, unknown>>;

/** The references of one record (of `collection`) whose targets `exists` does not know, in the table's order. */
export function brokenReferences(collection: Collection, record: Fields, exists: (to: Reference['to'], id: string) => boolean, workshopId: string): BrokenReference[] {
  const broken: BrokenReference[] = [];
  for (const reference of recordKind(collection).references) {
    for (const field of reference.fields) {
      const target = record[field];
      if (typeof target !== 'string' || (reference.orWorkshop && target === workshopId) || exists(reference.to, target)) continue;
      broken.push({ reference, field, target });
      break;
    }
  }
  return broken;
}

/** The record with its broken references settled: null when one of them cascades, else those fields set to null. */
export function settleRecord<T extends Fields>(record: T, broken: readonly BrokenReference[], at: string): T | null {
  if (broken.length === 0) return record;
  if (broken.some((b) => b.reference.onDelete === 'cascade')) return null;
  const unlinked: Record<string, unknown> = { ...record, updatedAt: at };
  for (const { field } of broken) unlinked[field] = null;
  return unlinked as T;
}

/** Where a message points: `partners[3].tierId`, or `edges[6]` for a reference held by either of two fields. */
export function referencePath(collection: Collection, index: number, broken: BrokenReference): string {
  return broken.reference.fields.length === 1 ? `${collection}[${index}].${broken.field}` : `${collection}[${index}]`;
}

export function targetLabel(broken: BrokenReference): string {
  return `${recordKind(broken.reference.to as Collection).label} "${broken.target}"`;
}

type Mutable = Record<string, AnyRecord>;

/**
 * Deletes records and, following the table, whatever depends on them: records that cascade are deleted too,
 * references that unlink are set to null, map positions of deleted partners are forgotten. Collections that
 * nothing happened to keep their identity (the write-through writes only what changed).
 */
export function deleteWithDependents(entities: WorkshopEntities, collection: Collection, ids: readonly string[], at: string = nowIso()): WorkshopEntities {
  const present = ids.filter((id) => Object.hasOwn(recordsOf(entities, collection), id));
  if (present.length === 0) return entities;
  const next: Record<string, unknown> = { ...entities };
  const copied = new Set<Collection>();
  const own = (c: Collection): Mutable => {
    if (!copied.has(c)) {
      next[c] = { ...(next[c] as Mutable) };
      copied.add(c);
    }
    return next[c] as Mutable;
  };
  const queue: Array<[Collection, Set<string>]> = [[collection, new Set(present)]];
  for (let item = queue.shift(); item; item = queue.shift()) {
    const [target, gone] = item;
    if (gone.size === 0) continue;
    for (const id of gone) delete own(target)[id];
    if (target === 'partners') next.layout = withoutPositions(next.layout as WorkshopEntities['layout'], gone, at);
    for (const c of COLLECTIONS) {
      const cascade = new Set<string>();
      for (const record of Object.values(next[c] as Mutable)) {
        const broken = brokenReferences(c, record, (to, id) => to !== target || !gone.has(id), entities.workshop.id);
        const settled = settleRecord(record, broken, at);
        if (settled === null) cascade.add(record.id);
        else if (settled !== record) own(c)[record.id] = settled;
      }
      if (cascade.size) queue.push([c, cascade]);
    }
  }
  return next as WorkshopEntities;
}

function withoutPositions(layout: WorkshopEntities['layout'], gone: ReadonlySet<string>, at: string): WorkshopEntities['layout'] {
  if (!Object.keys(layout.positions).some((id) => gone.has(id))) return layout;
  const positions = Object.fromEntries(Object.entries(layout.positions).filter(([id]) => !gone.has(id)));
  return { ...layout, positions, updatedAt: at };
}

/**
 * Settles every reference that points at nothing, the way repair on load does: after an undo or another
 * window's change met this window's, a note may sit on a canvas that is gone. Same object when all is well.
 */
export function settleReferences(entities: WorkshopEntities, at: string = nowIso()): WorkshopEntities {
  const missing: Array<[Collection, string]> = [];
  for (const c of COLLECTIONS) {
    for (const record of Object.values(recordsOf(entities, c))) {
      const broken = brokenReferences(c, record, (to, id) => Object.hasOwn(recordsOf(entities, to as Collection), id), entities.workshop.id);
      if (broken.length) missing.push([c, record.id]);
    }
  }
  const strayPositions = Object.keys(entities.layout.positions).filter((id) => id !== entities.workshop.id && !Object.hasOwn(entities.partners, id));
  if (missing.length === 0 && strayPositions.length === 0) return entities;
  let next = strayPositions.length ? { ...entities, layout: withoutPositions(entities.layout, new Set(strayPositions), at) } : entities;
  for (const [c, id] of missing) {
    const record = recordsOf(next, c)[id];
    if (!record) continue;
    const broken = brokenReferences(c, record, (to, target) => Object.hasOwn(recordsOf(next, to as Collection), target), next.workshop.id);
    const settled = settleRecord(record, broken, at);
    if (settled === null) next = deleteWithDependents(next, c, [id], at);
    else if (settled !== record) next = { ...next, [c]: { ...recordsOf(next, c), [id]: settled } };
  }
  return next;
}
