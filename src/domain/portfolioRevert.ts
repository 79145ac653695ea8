import { COLLECTIONS, type WorkshopEntities } from './bundle';

type Keyed = Readonly<Record<string, { id: string }>>;

/**
 * Takes back one earlier change (`before` → `after`) on top of whatever happened since: every record
 * that change touched gets its `before` version again, records it added are removed. Used when an
 * "Undo" in a toast is pressed after other edits, where the history's plain undo would take back the
 * wrong step.
 */
export function revertChange(current: WorkshopEntities, before: WorkshopEntities, after: WorkshopEntities): WorkshopEntities {
  const next: WorkshopEntities = { ...current };
  for (const collection of COLLECTIONS) {
    const was = before[collection] as Keyed;
    const now = after[collection] as Keyed;
    if (was === now) continue;
    const merged: Record<string, Keyed[string]> = { ...(current[collection] as Keyed) };
    for (const [id, record] of Object.entries(was)) if (now[id] !== record) merged[id] = record;
    for (const id of Object.keys(now)) if (!Object.hasOwn(was, id)) delete merged[id];
    (next as unknown as Record<string, Keyed>)[collection] = merged;
  }
  if (before.workshop !== after.workshop) next.workshop = before.workshop;
  if (before.layout !== after.layout) {
    const positions = { ...current.layout.positions };
    for (const [id, point] of Object.entries(before.layout.positions)) if (after.layout.positions[id] !== point) positions[id] = point;
    for (const id of Object.keys(after.layout.positions)) if (!Object.hasOwn(before.layout.positions, id)) delete positions[id];
    next.layout = { ...current.layout, positions };
  }
  return next;
}
