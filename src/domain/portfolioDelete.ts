import { recordsOf, type WorkshopEntities } from './bundle';
import { nowIso } from './ids';
import { COLLECTIONS, recordKind, type Collection } from './recordKinds';
import type { Canvas, Insight, MapEdge } from './records';
import { deleteWithDependents } from './references';

/** Everything in the workshop that points at one partner. */
export interface PartnerReferences {
  canvases: Canvas[];
  edges: MapEdge[];
  insights: Insight[];
  hasMapPosition: boolean;
  /** Records that belong to the partner alone (its enablement plan, its metrics), by collection. */
  owned: { collection: Collection; count: number }[];
}

/** Per kind, the records whose references (by the record-kinds table) name the partner. */
function referring(entities: WorkshopEntities, partnerId: string): Map<Collection, Array<Record<string, unknown>>> {
  const out = new Map<Collection, Array<Record<string, unknown>>>();
  for (const c of COLLECTIONS) {
    const fields = recordKind(c)
      .references.filter((r) => r.to === 'partners')
      .flatMap((r) => r.fields);
    if (fields.length === 0) continue;
    const records = Object.values(recordsOf(entities, c)).filter((record) => fields.some((f) => (record as Record<string, unknown>)[f] === partnerId));
    if (records.length) out.set(c, records);
  }
  return out;
}

/** Listed on their own in the delete dialog; every other kind that cascades with the partner is "owned". */
const NAMED: readonly Collection[] = ['canvases', 'edges', 'insights'];

export function partnerReferences(entities: WorkshopEntities, partnerId: string): PartnerReferences {
  const refs = referring(entities, partnerId);
  return {
    canvases: (refs.get('canvases') ?? []) as Canvas[],
    edges: (refs.get('edges') ?? []) as MapEdge[],
    insights: (refs.get('insights') ?? []) as Insight[],
    hasMapPosition: Object.hasOwn(entities.layout.positions, partnerId),
    owned: [...refs].filter(([c]) => !NAMED.includes(c)).map(([collection, records]) => ({ collection, count: records.length })),
  };
}

/**
 * Removes a partner and settles what referred to it (by the record-kinds table) in one new entities object,
 * so one undo step restores all of it: canvases and insights are kept but unlinked; map edges, the map
 * position and the partner's own records (enablement, metrics) go with it.
 */
export function removePartner(entities: WorkshopEntities, partnerId: string, at: string = nowIso()): WorkshopEntities {
  return deleteWithDependents(entities, 'partners', [partnerId], at);
}
