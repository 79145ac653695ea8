import type { WorkshopEntities } from '../../domain';
import { commit, flushWorkshop, useWorkshopStore } from '../workshopStore';

/**
 * Applies a participant's change to the open workshop as a `remote` change: saved by the normal write-through,
 * never an undo step of the facilitator, and their history stays as it is. Undefined when no workshop is open.
 */
export function commitRemote<R>(recipe: (entities: WorkshopEntities) => { entities: WorkshopEntities; result: R }): R | undefined {
  return commit(recipe, { origin: 'remote' }) as R | undefined;
}

/** Writes everything changed so far; true when it is in IndexedDB (false when saving failed). */
export async function saveNow(): Promise<boolean> {
  await flushWorkshop();
  return useWorkshopStore.getState().save.status !== 'error';
}
