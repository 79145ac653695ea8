import { create } from 'zustand';
import {
  nowIso,
  outcomeOf,
  revertChanges,
  settleReferences,
  stampRevisions,
  toEntities,
  type Recipe,
  type RecordChange,
  type WorkshopEntities,
} from '../domain';
import type { PartnerscapeDb, WorkshopRepository } from '../storage';
import { watchWorkshopStamp } from '../storage/watch';
import { followStored } from './follow';
import { History, type Step } from './history';
import { WriteThrough, type SaveState } from './persistence';
import { showToast } from './toasts';

/**
 * Where a change comes from. `local`: this window's person — one undo step. `remote`: another writer (a live
 * participant) — applied and saved like any change, never an undo step, and this window's history stays.
 * `system`: the app itself (a repair) — saved, no undo step.
 */
export type Origin = 'local' | 'remote' | 'system';

export interface CommitOptions {
  origin: Origin;
  /** A local change that offers its own Undo in a toast (it takes back exactly this step, even after later edits). */
  undoMessage?: string;
  /** The toast's button, when "Undo" is not the clearest word (e.g. "Restore canvas"). */
  undoLabel?: string;
  /** Runs after the toast's Undo, e.g. to show what came back. */
  onUndone?: () => void;
}

export type LoadState =
  | { status: 'idle' }
  | { status: 'loading'; id: string }
  | { status: 'ready'; id: string }
  | { status: 'missing'; id: string }
  | { status: 'error'; id: string; errors: string[] };

export interface SessionState {
  load: LoadState;
  entities: WorkshopEntities | null;
  save: SaveState;
  repairs: string[];
  canUndo: boolean;
  canRedo: boolean;
}

export interface SessionOptions {
  storage: () => { db: PartnerscapeDb; workshops: WorkshopRepository };
  undoLimit?: number;
  debounceMs?: number;
  retryMs?: number;
  /** An undo or redo changed the entities: e.g. bring the canvas it touched into view. */
  onStep?: (before: WorkshopEntities, after: WorkshopEntities, verb: 'Undid' | 'Redid') => void;
  /** The workshop just opened had references to deleted records, left out of what is shown. */
  onRepairs?: (title: string, repairs: string[]) => void;
}

export const UNDO_LIMIT = 300;

export type WorkshopSession = ReturnType<typeof createWorkshopSession>;

/** One open workshop with its undo history and its write-through to storage. The app has one; tests make two. */
export function createWorkshopSession(options: SessionOptions) {
  const store = create<SessionState>(() => ({ load: { status: 'idle' }, entities: null, save: { status: 'saved', at: null }, repairs: [], canUndo: false, canRedo: false }));
  const history = new History(options.undoLimit ?? UNDO_LIMIT);
  const savedListeners = new Set<(workshopId: string) => void>();
  let writer: WriteThrough | undefined;
  let stopWatching: (() => void) | undefined;
  let following: Promise<void> = Promise.resolve();

  const entities = () => store.getState().entities;
  const showHistory = () => store.setState({ canUndo: history.canUndo, canRedo: history.canRedo });

  /** Stamps revisions, shows the result and hands it to the write-through; the changes it made (none: nothing happened). */
  function put(before: WorkshopEntities, next: WorkshopEntities): RecordChange[] {
    const { entities: stamped, changes } = stampRevisions(before, next);
    if (changes.length === 0) return changes;
    store.setState({ entities: stamped });
    writer?.changed(stamped, changes);
    return changes;
  }

  function commit<R>(recipe: Recipe<R>, commitOptions: CommitOptions): R | undefined {
    const before = entities();
    if (!before) return undefined;
    const { entities: next, result } = outcomeOf(recipe(before));
    if (next === before) return result;
    const changes = put(before, next);
    if (changes.length && commitOptions.origin === 'local') {
      const step = history.record(changes);
      showHistory();
      if (commitOptions.undoMessage) offerUndo(step, commitOptions);
    }
    return result;
  }

  function offerUndo(step: Step, { undoMessage = '', undoLabel = 'Undo', onUndone }: CommitOptions): void {
    showToast({
      message: undoMessage,
      tone: 'info',
      action: {
        label: undoLabel,
        run: () => {
          takeBack(step);
          onUndone?.();
        },
      },
    });
  }

  /** Undo or redo: the step's changes taken back field by field, skipping steps others have overwritten entirely. */
  function travel(direction: 'undo' | 'redo'): void {
    for (let step = direction === 'undo' ? history.takeUndo() : history.takeRedo(); step; step = direction === 'undo' ? history.takeUndo() : history.takeRedo()) {
      const before = entities();
      if (!before) break;
      const at = nowIso();
      const changes = put(before, settleReferences(revertChanges(before, step.changes, at), at));
      if (changes.length === 0) continue;
      step.changes = changes;
      if (direction === 'undo') history.pushRedo(step);
      else history.pushUndo(step);
      options.onStep?.(before, entities() ?? before, direction === 'undo' ? 'Undid' : 'Redid');
      break;
    }
    showHistory();
  }

  /** A toast's Undo: the latest step is a plain undo; an earlier one is taken back on its own, as a new step. */
  function takeBack(step: Step): void {
    const where = history.where(step);
    if (where === 'top') return travel('undo');
    if (where === 'redo') return;
    history.remove(step);
    const at = nowIso();
    commit((current) => settleReferences(revertChanges(current, step.changes, at), at), { origin: 'local' });
  }

  function attach(id: string, loaded: WorkshopEntities): void {
    writer = new WriteThrough(loaded, {
      repository: options.storage().workshops,
      debounceMs: options.debounceMs,
      retryMs: options.retryMs,
      onState: (save) => {
        store.setState({ save });
        if (save.status === 'saved') for (const listener of savedListeners) listener(id);
      },
      onMissedWrite: () => followLater(id, null, true),
    });
    stopWatching = watchWorkshopStamp(options.storage().db, id, (stamp) => followLater(id, stamp));
  }

  function followLater(id: string, stamp: string | null, missed = false): void {
    following = following.then(() => followExternalChange(id, stamp, missed)).catch(() => undefined);
  }

  async function openWorkshop(id: string): Promise<void> {
    const current = store.getState();
    if ((current.load.status === 'ready' || current.load.status === 'loading') && current.load.id === id) return;
    await closeWorkshop();
    store.setState({ load: { status: 'loading', id }, entities: null, repairs: [] });
    try {
      const result = await options.storage().workshops.load(id);
      if (store.getState().load.status !== 'loading') return;
      if (!result) return store.setState({ load: { status: 'missing', id } });
      if (!result.ok) return store.setState({ load: { status: 'error', id, errors: result.errors } });
      const loaded = toEntities(result.bundle);
      store.setState({ load: { status: 'ready', id }, entities: loaded, repairs: result.repairs, save: { status: 'saved', at: result.bundle.workshop.updatedAt } });
      attach(id, loaded);
      if (result.repairs.length) options.onRepairs?.(result.bundle.workshop.title, result.repairs);
    } catch (error) {
      store.setState({ load: { status: 'error', id, errors: [error instanceof Error ? error.message : String(error)] } });
    }
  }

  /**
   * Another window changed or deleted the open workshop: take in what is stored now, keeping this window's
   * history. `missed`: a write of this window found another window's stamp under its own, so the stored stamp
   * (this window's) says nothing; follow whatever is stored.
   */
  async function followExternalChange(id: string, stamp: string | null, missed = false): Promise<void> {
    const current = writer;
    if (!current || (!missed && stamp !== null && current.knows(stamp))) return;
    if (stamp === null && !missed) {
      await closeWorkshop();
      store.setState({ load: { status: 'missing', id } });
      return;
    }
    await current.flush();
    const followed = await followStored(current, () => options.storage().workshops.load(id), () => writer === current);
    const shown = entities();
    if (!followed || writer !== current || !shown) return;
    const merged = followed.apply(shown);
    current.follow(followed.baseline, merged, followed.stamp);
    store.setState({ entities: merged });
    commit((e) => settleReferences(e), { origin: 'system' });
  }

  async function closeWorkshop(): Promise<void> {
    stopWatching?.();
    stopWatching = undefined;
    const closing = writer;
    writer = undefined;
    if (closing) await closing.close();
    history.clear();
    store.setState({ load: { status: 'idle' }, entities: null, repairs: [], canUndo: false, canRedo: false });
  }

  return {
    store,
    commit,
    undo: () => travel('undo'),
    redo: () => travel('redo'),
    openWorkshop,
    closeWorkshop,
    flush: (): Promise<void> => writer?.flush() ?? Promise.resolve(),
    /** Every committed save of the open workshop; returns an unsubscribe function. */
    onSaved(listener: (workshopId: string) => void): () => void {
      savedListeners.add(listener);
      return () => savedListeners.delete(listener);
    },
    /** Resolves once the changes of other windows seen so far are taken in (tests wait on it). */
    settled: (): Promise<void> => following,
  };
}
