import type { EntityChanges, MapLayout, RecordData, Workshop, WorkshopBundle, WorkshopEntities } from '../domain';
import { COLLECTIONS, emptyBundle, rebaseStored, restoreBundle } from '../domain';
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

type AnyTable = { bulkPut(records: unknown[]): Promise<unknown>; bulkDelete(keys: string[]): Promise<void>; bulkGet(keys: string[]): Promise<Array<RecordData | undefined>> };

/** What one write stored: the workshop record with its new stamp, and the stamp it replaced (null: none). */
export interface AppliedWrite {
  workshop: Workshop;
  previousStamp: string | null;
}

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

  /**
   * Applies one batch of edits from the stores in one transaction; the workshop's last edit moves to `at`.
   * `base` is what the writer last knew to be stored: a record another window changed since is not written
   * over, only the fields this batch changed are (see rebaseStored). Returns the written workshop record (its
   * stamp is `at`, or just after the stored one if that is not earlier) and the stamp it replaced, so the writer
   * can tell that someone else wrote since it last looked.
   */
  async apply(workshop: Workshop, changes: EntityChanges, at: string, base?: WorkshopEntities): Promise<AppliedWrite> {
    const names = COLLECTIONS.filter((c) => changes.put[c]?.length || changes.remove[c]?.length);
    const scope = [this.db.workshops, ...(changes.layout ? [this.db.layouts] : []), ...names.map((c) => this.db.table(c))];
    try {
      return await this.db.transaction('rw', scope, async () => {
        // Every read in one round trip, then every write issued at once: each round trip waits for a free
        // main thread, which right after an edit is busy rendering it.
        const tables = names.map((name) => this.db.table(name) as unknown as AnyTable);
        const [stored = null, storedLayout = null, ...now] = await Promise.all([
          this.db.workshops.get(workshop.id),
          changes.layout ? this.db.layouts.get(workshop.id) : undefined,
          ...names.map((name, i) => {
            const put = changes.put[name] as RecordData[] | undefined;
            return put?.length && base ? tables[i]!.bulkGet(put.map((r) => r.id as string)) : undefined;
          }),
        ]);
        const onto = (current: RecordData | null, from: RecordData | null, to: RecordData) => (base ? rebaseStored(current, from, to, at) : to);
        // Only the stamp when the workshop record itself did not change here: another window may have edited it.
        const record = changes.workshop ? (stored ? (onto(stored, base?.workshop ?? null, changes.workshop) as Workshop | null) : changes.workshop) : (stored ?? workshop);
        // The stamp tells windows apart: one written in the same millisecond as the stored one would look unchanged.
        const stamp = stored && stored.updatedAt >= at ? new Date(Date.parse(stored.updatedAt) + 1).toISOString() : at;
        const written: Workshop = { ...(record ?? changes.workshop ?? workshop), updatedAt: stamp };
        const writes: Promise<unknown>[] = [this.db.workshops.put(written)];
        if (changes.layout) {
          const layout = onto(storedLayout as RecordData | null, base?.layout ?? null, changes.layout);
          if (layout) writes.push(this.db.layouts.put(layout as MapLayout));
        }
        names.forEach((name, i) => {
          const table = tables[i]!;
          const removed = changes.remove[name];
          let put = changes.put[name] as RecordData[] | undefined;
          if (removed?.length) writes.push(table.bulkDelete(removed));
          const current = now[i] as (RecordData | undefined)[] | undefined;
          if (put?.length && base && current) {
            const from = base[name] as Readonly<Record<string, RecordData>>;
            put = put.flatMap((record, k): RecordData[] => {
              const id = record.id as string;
              const rebased = onto(current[k] ?? null, Object.hasOwn(from, id) ? (from[id] ?? null) : null, record);
              return rebased ? [rebased] : [];
            });
          }
          if (put?.length) writes.push(table.bulkPut(put));
        });
        await Promise.all(writes);
        return { workshop: written, previousStamp: stored?.updatedAt ?? null };
      });
    } catch (error) {
      throw toStorageError(error);
    }
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
