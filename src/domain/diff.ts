import { COLLECTIONS, type Collection, type WorkshopEntities } from './bundle';
import type { MapLayout, Workshop } from './records';

export interface EntityChanges {
  workshop: Workshop | null;
  layout: MapLayout | null;
  put: Partial<Record<Collection, unknown[]>>;
  remove: Partial<Record<Collection, string[]>>;
}

/** What changed between two immutable snapshots, by reference: the write-through to storage. */
export function diffEntities(prev: WorkshopEntities, next: WorkshopEntities): EntityChanges {
  const changes: EntityChanges = {
    workshop: prev.workshop === next.workshop ? null : next.workshop,
    layout: prev.layout === next.layout ? null : next.layout,
    put: {},
    remove: {},
  };
  for (const name of COLLECTIONS) {
    const before = prev[name] as Record<string, unknown>;
    const after = next[name] as Record<string, unknown>;
    if (before === after) continue;
    const put: unknown[] = [];
    const remove: string[] = [];
    // Own keys only: stores may hold plain objects, where `key in` would also see "constructor", "toString", ….
    for (const key of Object.keys(after)) if (!Object.hasOwn(before, key) || before[key] !== after[key]) put.push(after[key]);
    for (const key of Object.keys(before)) if (!Object.hasOwn(after, key)) remove.push(key);
    if (put.length) changes.put[name] = put;
    if (remove.length) changes.remove[name] = remove;
  }
  return changes;
}

export function mergeChanges(a: EntityChanges, b: EntityChanges): EntityChanges {
  const merged: EntityChanges = {
    workshop: b.workshop ?? a.workshop,
    layout: b.layout ?? a.layout,
    put: {},
    remove: {},
  };
  for (const name of COLLECTIONS) {
    const puts = new Map<string, unknown>();
    const removes = new Set<string>();
    for (const step of [a, b]) {
      for (const record of step.put[name] ?? []) {
        const key = (record as { id: string }).id;
        puts.set(key, record);
        removes.delete(key);
      }
      for (const key of step.remove[name] ?? []) {
        removes.add(key);
        puts.delete(key);
      }
    }
    if (puts.size) merged.put[name] = [...puts.values()];
    if (removes.size) merged.remove[name] = [...removes];
  }
  return merged;
}

export function hasChanges(changes: EntityChanges): boolean {
  return Boolean(changes.workshop || changes.layout || Object.keys(changes.put).length || Object.keys(changes.remove).length);
}
