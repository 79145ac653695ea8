import { diffEntities, diffTouched, hasChanges, nowIso, type EntityChanges, type RecordChange, type Touched, type WorkshopEntities } from '../domain';
import type { WorkshopRepository } from '../storage';
import { toStorageError } from '../storage';

export type SaveState = { status: 'saved'; at: string | null } | { status: 'saving' } | { status: 'error'; message: string };

interface Options {
  repository: Pick<WorkshopRepository, 'apply'>;
  onState: (state: SaveState) => void;
  debounceMs?: number;
  retryMs?: number;
  /**
   * A write found a stamp under it that this writer neither wrote nor followed: another window wrote since.
   * Its watcher may never say so (it can first look after this write, and see only this writer's stamp).
   */
  onMissedWrite?: () => void;
}

/**
 * Debounced write-through of one open workshop: writes the records changed since what was last persisted
 * in one transaction. Commits say which records they touched, so a write looks at those alone; a change
 * that does not say (a test, a replaced snapshot) makes the next write compare everything.
 */
export class WriteThrough {
  private persisted: WorkshopEntities;
  private latest: WorkshopEntities;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | undefined;
  private closed = false;
  private lastWriteAt = 0;
  /** Stamps this writer wrote or followed. */
  private readonly stamps = new Set<string>();
  private readonly pending = new Set<string>();
  /** Counts the writes that reached storage, so a reader can tell whether one landed while it was reading. */
  private writes = 0;
  /** Records touched since the last write; null: compare the whole snapshot. */
  private touched: Touched | null = new Map();

  constructor(
    initial: WorkshopEntities,
    private readonly options: Options,
  ) {
    this.persisted = initial;
    this.latest = initial;
    this.stamps.add(initial.workshop.updatedAt);
  }

  get dirty(): boolean {
    return this.latest !== this.persisted;
  }

  /** What storage holds as far as this writer knows: the base the next write is diffed against. */
  get baseline(): WorkshopEntities {
    return this.persisted;
  }

  get writeCount(): number {
    return this.writes;
  }

  get writing(): boolean {
    return this.running !== undefined;
  }

  /** Resolves when no write is under way. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  changed(next: WorkshopEntities, changes?: readonly RecordChange[]): void {
    if (this.closed || next === this.latest) return;
    this.latest = next;
    this.note(changes);
    this.announceWrite();
  }

  private note(changes: readonly RecordChange[] | undefined): void {
    if (!changes || !this.touched) {
      this.touched = null;
      return;
    }
    for (const { slot, id } of changes) {
      let ids = this.touched.get(slot);
      if (!ids) this.touched.set(slot, (ids = new Set()));
      ids.add(id);
    }
  }

  /**
   * Another writer's change, already stored: it moves the baseline, and is not written again. `latest` is the
   * store's entities with the change applied on top of this window's unsaved edits, which stay to be written.
   */
  follow(baseline: WorkshopEntities, latest: WorkshopEntities, stamp: string): void {
    this.stamps.add(stamp);
    this.persisted = baseline;
    this.latest = latest;
    if (this.dirty && !this.closed) this.announceWrite();
  }

  private announceWrite(): void {
    this.options.onState({ status: 'saving' });
    const debounce = this.options.debounceMs ?? 150;
    // An edit after a quiet spell is written at once, before React renders it: its transaction's requests are
    // already with IndexedDB while the render runs. A burst (typing, dragging) is gathered by the debounce.
    const quiet = !this.timer && !this.running && Date.now() - this.lastWriteAt >= debounce;
    if (!quiet) return this.schedule(debounce);
    void this.flush();
  }

  /** Writes now; resolves when everything changed so far is committed (or has failed). */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    while (this.running) await this.running;
    // A change undone before the debounce fired leaves nothing to write, but "Saving…" must still clear.
    if (!this.dirty) return this.options.onState({ status: 'saved', at: nowIso() });
    const target = this.latest;
    this.lastWriteAt = Date.now();
    const touched = this.touched;
    this.touched = new Map();
    const changes = touched ? diffTouched(this.persisted, target, touched) : diffEntities(this.persisted, target);
    // A write with something to store starts its transaction now; one with nothing to store would finish
    // without ever awaiting, so it waits a microtask and `running` is assigned before it settles.
    const write = hasChanges(changes) ? this.write(target, changes, touched) : Promise.resolve().then(() => this.write(target, changes, touched));
    this.running = write;
    await write;
    if (this.running === write) this.running = undefined;
    if (this.dirty && !this.timer && !this.closed) await this.flush();
  }

  private async write(target: WorkshopEntities, changes: EntityChanges, touched: Touched | null): Promise<void> {
    try {
      if (hasChanges(changes)) {
        const at = nowIso();
        // Known while it is written (the watcher may see it first), but not proof of this writer's own write.
        this.pending.add(at);
        try {
          const { workshop, previousStamp } = await this.options.repository.apply(target.workshop, changes, at, this.persisted);
          this.stamps.add(workshop.updatedAt);
          if (previousStamp !== null && !this.stamps.has(previousStamp)) this.options.onMissedWrite?.();
        } finally {
          this.pending.delete(at);
        }
      }
      this.persisted = target;
      this.writes += 1;
      if (!this.dirty) this.options.onState({ status: 'saved', at: nowIso() });
    } catch (error) {
      // Still to write: what this write held, besides what was touched meanwhile.
      if (!touched) this.touched = null;
      else for (const [slot, ids] of touched) this.note([...ids].map((id) => ({ slot, id, before: null, after: null })));
      this.options.onState({ status: 'error', message: toStorageError(error).message });
      if (!this.closed) this.schedule(this.options.retryMs ?? 4000);
    }
  }

  /** True when a stored stamp is one this writer wrote or has already followed (not news from another window). */
  knows(updatedAt: string): boolean {
    return this.stamps.has(updatedAt) || this.pending.has(updatedAt);
  }

  get busy(): boolean {
    return this.dirty || this.running !== undefined || this.timer !== undefined;
  }

  async close(): Promise<void> {
    await this.flush();
    this.closed = true;
    clearTimeout(this.timer);
  }

  private schedule(ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), ms);
  }
}
