import Dexie, { type Table } from 'dexie';
import type { Canvas, Insight, MapEdge, MapLayout, MetricEntry, Note, Partner, PartnerEnablement, Tier, Workshop } from '../domain';

export const DATABASE_NAME = 'partnerscape';

/**
 * Schema history. Each change is a new version with an upgrade step and a fixture of the previous
 * version under test/fixtures/db (see test/unit/storage/migrations.test.ts).
 */
export const SCHEMA_V1 = {
  workshops: 'id, updatedAt',
  tiers: 'id, workshopId',
  partners: 'id, workshopId',
  canvases: 'id, workshopId',
  notes: 'id, workshopId, canvasId',
  edges: 'id, workshopId',
  insights: 'id, workshopId',
  layouts: 'workshopId',
};

/** v2 adds each partner's enablement (checklist + rhythm) and metric entries; nothing existing changes. */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  enablement: 'id, workshopId, partnerId',
  metrics: 'id, workshopId, partnerId',
};

export class PartnerscapeDb extends Dexie {
  workshops!: Table<Workshop, string>;
  tiers!: Table<Tier, string>;
  partners!: Table<Partner, string>;
  canvases!: Table<Canvas, string>;
  notes!: Table<Note, string>;
  edges!: Table<MapEdge, string>;
  insights!: Table<Insight, string>;
  enablement!: Table<PartnerEnablement, string>;
  metrics!: Table<MetricEntry, string>;
  layouts!: Table<MapLayout, string>;

  constructor(name: string = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2);
  }
}

export const OWNED_TABLES = ['tiers', 'partners', 'canvases', 'notes', 'edges', 'insights', 'enablement', 'metrics'] as const;
