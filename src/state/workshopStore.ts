import { temporal } from 'zundo';
import { create } from 'zustand';
import { toEntities, type WorkshopEntities } from '../domain';
import { storage } from '../storage';
import { WriteThrough, type SaveState } from './persistence';

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
let gestureStart: WorkshopEntities | null = null;

useWorkshopStore.subscribe((state, prev) => {
  if (state.entities && state.entities !== prev.entities && writer) writer.changed(state.entities);
});

const history = () => useWorkshopStore.temporal.getState();

export async function openWorkshop(id: string): Promise<void> {
  const current = useWorkshopStore.getState();
  if (current.load.status !== 'idle' && 'id' in current.load && current.load.id === id && current.load.status !== 'error') return;
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
    writer = new WriteThrough(entities, { repository: storage().workshops, onState: (save) => useWorkshopStore.setState({ save }) });
  } catch (error) {
    useWorkshopStore.setState({ load: { status: 'error', id, errors: [error instanceof Error ? error.message : String(error)] } });
  }
}

export async function closeWorkshop(): Promise<void> {
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

export function undo(): void {
  history().undo();
}

export function redo(): void {
  history().redo();
}

export function flushWorkshop(): Promise<void> {
  return writer?.flush() ?? Promise.resolve();
}
