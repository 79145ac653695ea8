import Dexie, { type Table } from 'dexie';
import type { Canvas, Insight, MapEdge, MapLayout, Note, Partner, Tier, Workshop } from '../domain';

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

export class PartnerscapeDb extends Dexie {
  workshops!: Table<Workshop, string>;
  tiers!: Table<Tier, string>;
  partners!: Table<Partner, string>;
  canvases!: Table<Canvas, string>;
  notes!: Table<Note, string>;
  edges!: Table<MapEdge, string>;
  insights!: Table<Insight, string>;
  layouts!: Table<MapLayout, string>;

  constructor(name: string = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
  }
}

export const OWNED_TABLES = ['tiers', 'partners', 'canvases', 'notes', 'edges', 'insights'] as const;
