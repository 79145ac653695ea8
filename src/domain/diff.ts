import type { Collection, WorkshopEntities } from './bundle';
import { changesBetween } from './changes';
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

export function hasChanges(changes: EntityChanges): boolean {
  return Boolean(changes.workshop || changes.layout || Object.keys(changes.put).length || Object.keys(changes.remove).length);
}
