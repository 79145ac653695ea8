import type { AnyRecord, WorkshopBundle } from './bundle';
import { newId, nowIso } from './ids';
import { COLLECTIONS, recordKind } from './recordKinds';

type Fields = Record<string, unknown>;

/** A copy of the bundle with fresh IDs everywhere and every reference rewired: import-as-new and duplicate. */
export function reassignIds(input: WorkshopBundle, makeId: () => string = newId, at: string = nowIso()): WorkshopBundle {
  // A deep copy first, so the result shares no arrays or nested objects (tags, scores, positions …) with the input.
  const bundle = structuredClone(input);
  const map = new Map<string, string>();
  const fresh = (old: string) => {
    let next = map.get(old);
    if (!next) {
      next = makeId();
      map.set(old, next);
    }
    return next;
  };
  const workshopId = fresh(bundle.workshop.id);
  const stamp = { workshopId, createdAt: at, updatedAt: at, rev: 0 };
  const copy = { ...bundle } as unknown as Record<string, unknown>;
  for (const c of COLLECTIONS) {
    const kind = recordKind(c);
    copy[c] = (bundle[c] as AnyRecord[]).map((record) => {
      const next: Fields = { ...record, ...stamp, id: fresh(record.id) };
      for (const reference of kind.references) for (const field of reference.fields) if (typeof next[field] === 'string') next[field] = fresh(next[field]);
      for (const list of kind.itemLists ?? []) next[list] = (next[list] as Array<{ id: string }>).map((item) => ({ ...item, id: fresh(item.id) }));
      return next;
    });
  }
  return {
    ...(copy as unknown as WorkshopBundle),
    workshop: { ...bundle.workshop, id: workshopId, createdAt: at, updatedAt: at, rev: 0 },
    layout: {
      workshopId,
      updatedAt: at,
      rev: 0,
      positions: Object.fromEntries(Object.entries(bundle.layout.positions).map(([key, pos]) => [fresh(key), pos])),
    },
  };
}
