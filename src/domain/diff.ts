import type { Collection, WorkshopEntities } from './bundle';
import { changesBetween, type Slot } from './changes';
import type { MapLayout, Workshop } from './records';

/** What the write-through stores: the records to put and the ids to delete, per table. */
export interface EntityChanges {
  workshop: Workshop | null;
  layout: MapLayout | null;
  put: Partial<Record<Collection, unknown[]>>;
  remove: Partial<Record<Collection, string[]>>;
}

/** What changed between two immutable snapshots, by reference: the write-through to storage. */
export function diffEntities(prev: WorkshopEntities, next: WorkshopEntities): EntityChanges {
  const changes: EntityChanges = { workshop: prev.workshop === next.workshop ? null : next.workshop, layout: prev.layout === next.layout ? null : next.layout, put: {}, remove: {} };
  for (const { slot, id, after } of changesBetween(prev, next)) {
    if (slot === 'workshop' || slot === 'layout') continue;
    if (after) (changes.put[slot] ??= []).push(after);
    else (changes.remove[slot] ??= []).push(id);
  }
  return changes;
}

/** Records a commit touched: by slot, the ids. */
export type Touched = Map<Slot, Set<string>>;

/**
 * The same as diffEntities for records known to be touched (the write-through is told what each commit
 * changed), without walking every record of every changed collection.
 */
export function diffTouched(prev: WorkshopEntities, next: WorkshopEntities, touched: Touched): EntityChanges {
  const changes: EntityChanges = { workshop: null, layout: null, put: {}, remove: {} };
  for (const [slot, ids] of touched) {
    if (slot === 'workshop' || slot === 'layout') {
      if (prev[slot] !== next[slot]) (changes as unknown as Record<string, unknown>)[slot] = next[slot];
      continue;
    }
    const before = prev[slot] as Readonly<Record<string, unknown>>;
    const after = next[slot] as Readonly<Record<string, unknown>>;
    for (const id of ids) {
      const record = Object.hasOwn(after, id) ? after[id] : undefined;
      if (record === (Object.hasOwn(before, id) ? before[id] : undefined)) continue;
      if (record) (changes.put[slot] ??= []).push(record);
      else if (Object.hasOwn(before, id)) (changes.remove[slot] ??= []).push(id);
    }
  }
  return changes;
}

export function hasChanges(changes: EntityChanges): boolean {
  return Boolean(changes.workshop || changes.layout || Object.keys(changes.put).length || Object.keys(changes.remove).length);
}
