import type { EntityChanges, MapLayout, Workshop, WorkshopBundle } from '../domain';
import { emptyLayout, restoreBundle } from '../domain';
import { OWNED_TABLES, type PartnerscapeDb } from './db';
import { toStorageError } from './errors';

export interface WorkshopSummary {
  id: string;
  title: string;
  organisation: string;
  date: string;
  updatedAt: string;
  partnerCount: number;
  canvasCount: number;
}

export type LoadResult = { ok: true; bundle: WorkshopBundle; repairs: string[] } | { ok: false; errors: string[] };

/** The workshop aggregate: a workshop and every record it owns, read and written as one. */
export class WorkshopRepository {
  constructor(private readonly db: PartnerscapeDb) {}

  private get ownedTables() {
    return OWNED_TABLES.map((name) => this.db[name]);
  }

  async listSummaries(): Promise<WorkshopSummary[]> {
    const workshops = await this.db.workshops.orderBy('updatedAt').reverse().toArray();
    return Promise.all(
      workshops.map(async (w) => ({
        id: w.id,
        title: w.title,
        organisation: w.organisation,
        date: w.date,
        updatedAt: w.updatedAt,
        partnerCount: await this.db.partners.where('workshopId').equals(w.id).count(),
        canvasCount: await this.db.canvases.where('workshopId').equals(w.id).count(),
      })),
    );
  }

  async getWorkshop(id: string): Promise<Workshop | undefined> {
    return this.db.workshops.get(id);
  }

  /** Reads the whole aggregate and passes it through the one restore step (repairing dangling references). */
  async load(id: string): Promise<LoadResult | undefined> {
    const raw = await this.db.transaction('r', [this.db.workshops, this.db.layouts, ...this.ownedTables], async () => {
      const workshop = await this.db.workshops.get(id);
      if (!workshop) return undefined;
      const byWorkshop = <T>(table: { where(i: string): { equals(v: string): { toArray(): Promise<T[]> } } }) =>
        table.where('workshopId').equals(id).toArray();
      const [tiers, partners, canvases, notes, edges, insights, enablement, metrics, layout] = await Promise.all([
        byWorkshop(this.db.tiers),
        byWorkshop(this.db.partners),
        byWorkshop(this.db.canvases),
        byWorkshop(this.db.notes),
        byWorkshop(this.db.edges),
        byWorkshop(this.db.insights),
        byWorkshop(this.db.enablement),
        byWorkshop(this.db.metrics),
        this.db.layouts.get(id),
      ]);
      return { workshop, tiers, partners, canvases, notes, edges, insights, enablement, metrics, layout: layout ?? emptyLayout(id, workshop.updatedAt) };
    });
    if (!raw) return undefined;
    return restoreBundle(raw, { repair: true });
  }

  /** Writes a whole aggregate, replacing whatever was stored under its ID, in one transaction. */
  async save(bundle: WorkshopBundle): Promise<void> {
    await this.saveAll([bundle]);
  }

  /** Writes several aggregates in one transaction: all of them or none. */
  async saveAll(bundles: WorkshopBundle[]): Promise<void> {
    try {
      await this.db.transaction('rw', [this.db.workshops, this.db.layouts, ...this.ownedTables], async () => {
        for (const bundle of bundles) {
          await this.removeOwned(bundle.workshop.id);
          await this.db.workshops.put(bundle.workshop);
          await this.db.layouts.put(bundle.layout);
          await Promise.all(OWNED_TABLES.map((name) => (this.db[name] as unknown as { bulkPut(r: unknown[]): Promise<unknown> }).bulkPut(bundle[name])));
        }
      });
    } catch (error) {
      throw toStorageError(error);
    }
  }

  /** Applies one batch of edits from the stores in one transaction; the workshop's last edit moves to `at`. */
  async apply(workshop: Workshop, changes: EntityChanges, at: string): Promise<Workshop> {
    const touched: Workshop = { ...(changes.workshop ?? workshop), updatedAt: at };
    const names = OWNED_TABLES.filter((name) => changes.put[name]?.length || changes.remove[name]?.length);
    const scope = [this.db.workshops, ...(changes.layout ? [this.db.layouts] : []), ...names.map((name) => this.db[name])];
    try {
      await this.db.transaction('rw', scope, async () => {
        await this.db.workshops.put(touched);
        if (changes.layout) await this.db.layouts.put(changes.layout as MapLayout);
        for (const name of names) {
          const table = this.db[name] as unknown as { bulkPut(r: unknown[]): Promise<unknown>; bulkDelete(k: string[]): Promise<void> };
          const removed = changes.remove[name];
          const put = changes.put[name];
          if (removed?.length) await table.bulkDelete(removed);
          if (put?.length) await table.bulkPut(put);
        }
      });
    } catch (error) {
      throw toStorageError(error);
    }
    return touched;
  }

  async delete(id: string): Promise<void> {
    try {
      await this.db.transaction('rw', [this.db.workshops, this.db.layouts, ...this.ownedTables], async () => {
        await this.removeOwned(id);
        await this.db.workshops.delete(id);
      });
    } catch (error) {
      throw toStorageError(error);
    }
  }

  private async removeOwned(id: string): Promise<void> {
    await this.db.layouts.delete(id);
    await Promise.all(OWNED_TABLES.map((name) => this.db[name].where('workshopId').equals(id).delete()));
  }
}
