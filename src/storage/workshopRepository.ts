import type { EntityChanges, MapLayout, Workshop, WorkshopBundle } from '../domain';
import { COLLECTIONS, emptyBundle, restoreBundle } from '../domain';
import type { PartnerscapeDb } from './db';
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

type AnyTable = { bulkPut(records: unknown[]): Promise<unknown>; bulkDelete(keys: string[]): Promise<void> };

/** The workshop aggregate: a workshop and every record it owns, read and written as one. */
export class WorkshopRepository {
  constructor(private readonly db: PartnerscapeDb) {}

  private get allTables() {
    return [this.db.workshops, this.db.layouts, ...this.db.ownedTables];
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
        partnerCount: await this.db.owned('partners').where('workshopId').equals(w.id).count(),
        canvasCount: await this.db.owned('canvases').where('workshopId').equals(w.id).count(),
      })),
    );
  }

  async getWorkshop(id: string): Promise<Workshop | undefined> {
    return this.db.workshops.get(id);
  }

  /** Reads the whole aggregate and passes it through the one restore step (repairing dangling references). */
  async load(id: string): Promise<LoadResult | undefined> {
    const raw = await this.db.transaction('r', this.allTables, async () => {
      const workshop = await this.db.workshops.get(id);
      if (!workshop) return undefined;
      const [layout, ...lists] = await Promise.all([this.db.layouts.get(id), ...COLLECTIONS.map((c) => this.db.table(c).where('workshopId').equals(id).toArray())]);
      const bundle: Record<string, unknown> = { ...emptyBundle(workshop), ...Object.fromEntries(COLLECTIONS.map((c, i) => [c, lists[i]])) };
      if (layout) bundle.layout = layout;
      return bundle;
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
      await this.db.transaction('rw', this.allTables, async () => {
        for (const bundle of bundles) {
          await this.removeOwned(bundle.workshop.id);
          await this.db.workshops.put(bundle.workshop);
          await this.db.layouts.put(bundle.layout);
          await Promise.all(COLLECTIONS.map((c) => (this.db.table(c) as unknown as AnyTable).bulkPut(bundle[c])));
        }
      });
    } catch (error) {
      throw toStorageError(error);
    }
  }

  /** Applies one batch of edits from the stores in one transaction; the workshop's last edit moves to `at`. */
  async apply(workshop: Workshop, changes: EntityChanges, at: string): Promise<Workshop> {
    const touched: Workshop = { ...(changes.workshop ?? workshop), updatedAt: at };
    const names = COLLECTIONS.filter((c) => changes.put[c]?.length || changes.remove[c]?.length);
    const scope = [this.db.workshops, ...(changes.layout ? [this.db.layouts] : []), ...names.map((c) => this.db.table(c))];
    try {
      await this.db.transaction('rw', scope, async () => {
        // Only the stamp when the workshop record itself did not change here: another window may have edited it.
        if (changes.workshop) await this.db.workshops.put(touched);
        else if (!(await this.db.workshops.update(workshop.id, { updatedAt: at }))) await this.db.workshops.put(touched);
        if (changes.layout) await this.db.layouts.put(changes.layout as MapLayout);
        for (const name of names) {
          const table = this.db.table(name) as unknown as AnyTable;
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
      await this.db.transaction('rw', this.allTables, async () => {
        await this.removeOwned(id);
        await this.db.workshops.delete(id);
      });
    } catch (error) {
      throw toStorageError(error);
    }
  }

  private async removeOwned(id: string): Promise<void> {
    await this.db.layouts.delete(id);
    await Promise.all(this.db.ownedTables.map((table) => table.where('workshopId').equals(id).delete()));
  }
}
