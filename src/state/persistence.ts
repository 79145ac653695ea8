import { diffEntities, hasChanges, nowIso, type WorkshopEntities } from '../domain';
import type { WorkshopRepository } from '../storage';
import { toStorageError } from '../storage';

export type SaveState = { status: 'saved'; at: string | null } | { status: 'saving' } | { status: 'error'; message: string };

interface Options {
  repository: WorkshopRepository;
  onState: (state: SaveState) => void;
  debounceMs?: number;
  retryMs?: number;
}

/**
 * Debounced write-through of one open workshop: diffs what was last persisted against the store's
 * current snapshot and applies the difference in one transaction.
 */
export class WriteThrough {
  private persisted: WorkshopEntities;
  private latest: WorkshopEntities;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | undefined;
  private closed = false;
  private immediate = false;
  private lastWriteAt = 0;
  private readonly written = new Set<string>();

  constructor(
    initial: WorkshopEntities,
    private readonly options: Options,
  ) {
    this.persisted = initial;
    this.latest = initial;
  }

  get dirty(): boolean {
    return this.latest !== this.persisted;
  }

  changed(next: WorkshopEntities): void {
    if (this.closed || next === this.latest) return;
    this.latest = next;
    this.options.onState({ status: 'saving' });
    const debounce = this.options.debounceMs ?? 150;
    // An edit after a quiet spell is written at once — in a microtask, so IndexedDB works while React paints;
    // a burst (typing, dragging) is gathered by the debounce.
    const quiet = !this.timer && !this.running && !this.immediate && Date.now() - this.lastWriteAt >= debounce;
    if (!quiet) return this.schedule(debounce);
    this.immediate = true;
    queueMicrotask(() => {
      this.immediate = false;
      void this.flush();
    });
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
    const changes = diffEntities(this.persisted, target);
    this.running = (async () => {
      try {
        if (hasChanges(changes)) {
          const at = nowIso();
          this.written.add(at);
          await this.options.repository.apply(target.workshop, changes, at);
        }
        this.persisted = target;
        if (!this.dirty) this.options.onState({ status: 'saved', at: nowIso() });
      } catch (error) {
        this.options.onState({ status: 'error', message: toStorageError(error).message });
        if (!this.closed) this.schedule(this.options.retryMs ?? 4000);
      } finally {
        this.running = undefined;
      }
    })();
    await this.running;
    if (this.dirty && !this.timer && !this.closed) await this.flush();
  }

  /** True when a stored stamp came from this writer (not from another window). */
  wroteStamp(updatedAt: string): boolean {
    return this.written.has(updatedAt);
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
