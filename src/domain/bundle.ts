import { COLLECTIONS, type Collection, type RecordOf } from './recordKinds';
import type { MapLayout, Workshop } from './records';

export { COLLECTIONS, type Collection } from './recordKinds';

/** One workshop and everything it owns: the unit of storage, import and export. */
export type WorkshopBundle = { workshop: Workshop; layout: MapLayout } & { [C in Collection]: RecordOf<C>[] };

export type ById<T> = Readonly<Record<string, T>>;

/** The same bundle keyed by ID, as the stores hold it: cheap lookups and reference-equality diffs. */
export type WorkshopEntities = { workshop: Workshop; layout: MapLayout } & { [C in Collection]: ById<RecordOf<C>> };

/** A record of any kind, as code that walks every kind alike sees it. */
export type AnyRecord = RecordOf<Collection>;

function byId<T extends { id: string }>(items: readonly T[]): Record<string, T> {
  const out: Record<string, T> = Object.create(null) as Record<string, T>;
  for (const item of items) out[item.id] = item;
  return out;
}

export function toEntities(bundle: WorkshopBundle): WorkshopEntities {
  const collections = Object.fromEntries(COLLECTIONS.map((c) => [c, byId<AnyRecord>(bundle[c])]));
  return { workshop: bundle.workshop, ...collections, layout: bundle.layout } as WorkshopEntities;
}

export function toBundle(entities: WorkshopEntities): WorkshopBundle {
  const collections = Object.fromEntries(COLLECTIONS.map((c) => [c, Object.values(entities[c])]));
  return { workshop: entities.workshop, ...collections, layout: entities.layout } as WorkshopBundle;
}

/** One collection of the entities as a plain map, for code that walks every kind alike. */
export function recordsOf(entities: WorkshopEntities, collection: Collection): ById<AnyRecord> {
  return entities[collection];
}

export function emptyLayout(workshopId: string, at: string): MapLayout {
  return { workshopId, updatedAt: at, rev: 0, positions: {} };
}

/** A workshop with no records besides itself and an empty map layout. */
export function emptyBundle(workshop: Workshop): WorkshopBundle {
  const collections = Object.fromEntries(COLLECTIONS.map((c) => [c, []]));
  return { workshop, ...collections, layout: emptyLayout(workshop.id, workshop.updatedAt) } as WorkshopBundle;
}
