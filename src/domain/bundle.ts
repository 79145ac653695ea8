import type { Canvas, Insight, MapEdge, MapLayout, MetricEntry, Note, Partner, PartnerEnablement, Tier, Workshop } from './records';

/** One workshop and everything it owns: the unit of storage, undo, import and export. */
export interface WorkshopBundle {
  workshop: Workshop;
  tiers: Tier[];
  partners: Partner[];
  canvases: Canvas[];
  notes: Note[];
  edges: MapEdge[];
  insights: Insight[];
  enablement: PartnerEnablement[];
  metrics: MetricEntry[];
  layout: MapLayout;
}

export type ById<T> = Readonly<Record<string, T>>;

/** The same bundle keyed by ID, as the stores hold it: cheap lookups and reference-equality diffs. */
export interface WorkshopEntities {
  workshop: Workshop;
  tiers: ById<Tier>;
  partners: ById<Partner>;
  canvases: ById<Canvas>;
  notes: ById<Note>;
  edges: ById<MapEdge>;
  insights: ById<Insight>;
  enablement: ById<PartnerEnablement>;
  metrics: ById<MetricEntry>;
  layout: MapLayout;
}

export const COLLECTIONS = ['tiers', 'partners', 'canvases', 'notes', 'edges', 'insights', 'enablement', 'metrics'] as const;
export type Collection = (typeof COLLECTIONS)[number];

function byId<T extends { id: string }>(items: readonly T[]): Record<string, T> {
  const out: Record<string, T> = Object.create(null) as Record<string, T>;
  for (const item of items) out[item.id] = item;
  return out;
}

export function toEntities(bundle: WorkshopBundle): WorkshopEntities {
  return {
    workshop: bundle.workshop,
    tiers: byId(bundle.tiers),
    partners: byId(bundle.partners),
    canvases: byId(bundle.canvases),
    notes: byId(bundle.notes),
    edges: byId(bundle.edges),
    insights: byId(bundle.insights),
    enablement: byId(bundle.enablement),
    metrics: byId(bundle.metrics),
    layout: bundle.layout,
  };
}

export function toBundle(entities: WorkshopEntities): WorkshopBundle {
  return {
    workshop: entities.workshop,
    tiers: Object.values(entities.tiers),
    partners: Object.values(entities.partners),
    canvases: Object.values(entities.canvases),
    notes: Object.values(entities.notes),
    edges: Object.values(entities.edges),
    insights: Object.values(entities.insights),
    enablement: Object.values(entities.enablement),
    metrics: Object.values(entities.metrics),
    layout: entities.layout,
  };
}

export function emptyLayout(workshopId: string, at: string): MapLayout {
  return { workshopId, updatedAt: at, positions: {} };
}
