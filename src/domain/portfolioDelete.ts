import { COLLECTIONS, type Collection, type WorkshopEntities } from './bundle';
import { nowIso } from './ids';
import type { Canvas, Insight, MapEdge } from './records';

/** Everything in the workshop that points at one partner. */
export interface PartnerReferences {
  canvases: Canvas[];
  edges: MapEdge[];
  insights: Insight[];
  hasMapPosition: boolean;
  /** Records that belong to the partner alone (its enablement plan, its metrics), by collection. */
  owned: { collection: Collection; count: number }[];
}

const LINKED: readonly Collection[] = ['partners', 'canvases', 'insights', 'edges'];

function ownedCollections(): Collection[] {
  return COLLECTIONS.filter((c) => !LINKED.includes(c));
}

type Keyed = Readonly<Record<string, { id: string; partnerId?: unknown }>>;

function ownedIds(entities: WorkshopEntities, collection: Collection, partnerId: string): string[] {
  return Object.values(entities[collection] as Keyed)
    .filter((record) => record.partnerId === partnerId)
    .map((record) => record.id);
}

export function partnerReferences(entities: WorkshopEntities, partnerId: string): PartnerReferences {
  return {
    canvases: Object.values(entities.canvases).filter((c) => c.partnerId === partnerId),
    edges: Object.values(entities.edges).filter((e) => e.from === partnerId || e.to === partnerId),
    insights: Object.values(entities.insights).filter((i) => i.partnerId === partnerId),
    hasMapPosition: Object.hasOwn(entities.layout.positions, partnerId),
    owned: ownedCollections()
      .map((collection) => ({ collection, count: ownedIds(entities, collection, partnerId).length }))
      .filter((o) => o.count > 0),
  };
}

export function hasReferences(refs: PartnerReferences): boolean {
  return refs.canvases.length + refs.edges.length + refs.insights.length + refs.owned.length > 0 || refs.hasMapPosition;
}

/**
 * Removes a partner and settles what referred to it in one new entities object (so one undo step
 * restores all of it): canvases and insights are kept but unlinked; map edges, the map position and
 * the partner's own records (enablement, metrics) go with it.
 */
export function removePartner(entities: WorkshopEntities, partnerId: string, at: string = nowIso()): WorkshopEntities {
  if (!entities.partners[partnerId]) return entities;
  const refs = partnerReferences(entities, partnerId);
  const partners = { ...entities.partners };
  delete partners[partnerId];
  const canvases = { ...entities.canvases };
  for (const canvas of refs.canvases) canvases[canvas.id] = { ...canvas, partnerId: null, updatedAt: at };
  const insights = { ...entities.insights };
  for (const insight of refs.insights) insights[insight.id] = { ...insight, partnerId: null, updatedAt: at };
  const edges = { ...entities.edges };
  for (const edge of refs.edges) delete edges[edge.id];
  let layout = entities.layout;
  if (refs.hasMapPosition) {
    const positions = { ...layout.positions };
    delete positions[partnerId];
    layout = { ...layout, positions, updatedAt: at };
  }
  const owned: Partial<Record<Collection, Keyed>> = {};
  for (const collection of ownedCollections()) {
    const ids = ownedIds(entities, collection, partnerId);
    if (ids.length === 0) continue;
    const copy: Record<string, Keyed[string]> = { ...(entities[collection] as Keyed) };
    for (const recordId of ids) delete copy[recordId];
    owned[collection] = copy;
  }
  return {
    ...entities,
    ...(owned as Partial<WorkshopEntities>),
    partners,
    canvases: refs.canvases.length ? canvases : entities.canvases,
    insights: refs.insights.length ? insights : entities.insights,
    edges: refs.edges.length ? edges : entities.edges,
    layout,
  };
}
