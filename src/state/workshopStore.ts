import { temporal } from 'zundo';
import { create } from 'zustand';
import { toEntities, type WorkshopEntities } from '../domain';
import { storage } from '../storage';
import { watchWorkshopStamp } from '../storage/watch';
import { noteWorkshopSaved } from './backups';
import { WriteThrough, type SaveState } from './persistence';
import { revealCanvasChange } from './revealChange';
import { showAlert } from './alerts';
import { showToast } from './toasts';

export const UNDO_LIMIT = 300;

type LoadState = { status: 'idle' } | { status: 'loading'; id: string } | { status: 'ready'; id: string } | { status: 'missing'; id: string } | { status: 'error'; id: string; errors: string[] };

interface WorkshopStoreState {
  load: LoadState;
  entities: WorkshopEntities | null;
  save: SaveState;
  repairs: string[];
}

/** The open workshop. `entities` is the undoable part; every change is written through to storage. */
export const useWorkshopStore = create<WorkshopStoreState>()(
  temporal(() => ({ load: { status: 'idle' }, entities: null, save: { status: 'saved', at: null }, repairs: [] }) as WorkshopStoreState, {
    partialize: (state) => ({ entities: state.entities }),
    equality: (a, b) => a.entities === b.entities,
    limit: UNDO_LIMIT,
  }),
);

let writer: WriteThrough | undefined;
let stopWatching: (() => void) | undefined;
let knownStamp: string | null = null;
let gestureStart: WorkshopEntities | null = null;

useWorkshopStore.subscribe((state, prev) => {
  if (state.entities && state.entities !== prev.entities && writer) writer.changed(state.entities);
});

const history = () => useWorkshopStore.temporal.getState();

/** Stored data that pointed at records no longer there was shown without those references; say so, with the list. */
function reportRepairs(title: string, repairs: string[]): void {
  const count = repairs.length;
  showToast({
    message: `“${title}” had ${count} ${count === 1 ? 'reference' : 'references'} to deleted records; ${count === 1 ? 'it is' : 'they are'} left out.`,
    tone: 'info',
    action: {
      label: 'Details',
      run: () =>
        showAlert({
          title: 'References to deleted records',
          message: 'These links pointed at records that no longer exist. They are left out of what you see; everything else is as it was saved.',
          details: repairs,
        }),
    },
  });
}

function onSaveState(workshopId: string, save: SaveState): void {
  useWorkshopStore.setState({ save });
  if (save.status === 'saved') noteWorkshopSaved(workshopId);
}

export async function openWorkshop(id: string): Promise<void> {
  const current = useWorkshopStore.getState();
  if ((current.load.status === 'ready' || current.load.status === 'loading') && current.load.id === id) return;
  await closeWorkshop();
  useWorkshopStore.setState({ load: { status: 'loading', id }, entities: null, repairs: [] });
  try {
    const result = await storage().workshops.load(id);
    if (useWorkshopStore.getState().load.status !== 'loading') return;
    if (!result) return useWorkshopStore.setState({ load: { status: 'missing', id } });
    if (!result.ok) return useWorkshopStore.setState({ load: { status: 'error', id, errors: result.errors } });
    const entities = toEntities(result.bundle);
    history().pause();
    useWorkshopStore.setState({ load: { status: 'ready', id }, entities, repairs: result.repairs, save: { status: 'saved', at: result.bundle.workshop.updatedAt } });
    history().clear();
    history().resume();
    writer = new WriteThrough(entities, { repository: storage().workshops, onState: (save) => onSaveState(id, save) });
    if (result.repairs.length) reportRepairs(result.bundle.workshop.title, result.repairs);
    knownStamp = result.bundle.workshop.updatedAt;
    stopWatching = watchWorkshopStamp(storage().db, id, (stamp) => void followExternalChange(id, stamp));
  } catch (error) {
    useWorkshopStore.setState({ load: { status: 'error', id, errors: [error instanceof Error ? error.message : String(error)] } });
  }
}

/** Another window changed or deleted the open workshop: show what is stored now (when nothing here is unsaved). */
async function followExternalChange(id: string, stamp: string | null): Promise<void> {
  const current = writer;
  if (!current || stamp === knownStamp) return;
  if (stamp && current.wroteStamp(stamp)) {
    knownStamp = stamp;
    return;
  }
  if (current.busy) return;
  if (stamp === null) {
    await closeWorkshop();
    useWorkshopStore.setState({ load: { status: 'missing', id } });
    return;
  }
  const result = await storage().workshops.load(id);
  if (!result?.ok || writer !== current || current.busy) return;
  const entities = toEntities(result.bundle);
  knownStamp = stamp;
  writer = new WriteThrough(entities, { repository: storage().workshops, onState: (save) => onSaveState(id, save) });
  history().pause();
  useWorkshopStore.setState({ entities, save: { status: 'saved', at: stamp } });
  history().clear();
  history().resume();
}

export async function closeWorkshop(): Promise<void> {
  stopWatching?.();
  stopWatching = undefined;
  const closing = writer;
  writer = undefined;
  if (closing) await closing.close();
  history().pause();
  useWorkshopStore.setState({ load: { status: 'idle' }, entities: null, repairs: [] });
  history().clear();
  history().resume();
}

/** Applies one change to the open workshop as one undo step. */
export function updateWorkshop(recipe: (entities: WorkshopEntities) => WorkshopEntities): void {
  const { entities } = useWorkshopStore.getState();
  if (!entities) return;
  const next = recipe(entities);
  if (next !== entities) useWorkshopStore.setState({ entities: next });
}

/** A drag or other continuous gesture: many updates, one undo step. */
export function beginGesture(): void {
  gestureStart = useWorkshopStore.getState().entities;
  history().pause();
}

export function endGesture(): void {
  const start = gestureStart;
  gestureStart = null;
  const final = useWorkshopStore.getState().entities;
  if (!start || final === start) return history().resume();
  useWorkshopStore.setState({ entities: start });
  history().resume();
  useWorkshopStore.setState({ entities: final });
}

function historyStep(step: 'undo' | 'redo'): void {
  const before = useWorkshopStore.getState().entities;
  history()[step]();
  const after = useWorkshopStore.getState().entities;
  if (before && after && before !== after) revealCanvasChange(before, after, step === 'undo' ? 'Undid' : 'Redid');
}

export function undo(): void {
  historyStep('undo');
}

export function redo(): void {
  historyStep('redo');
}

export function flushWorkshop(): Promise<void> {
  return writer?.flush() ?? Promise.resolve();
}
