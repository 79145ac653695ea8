import { storage } from '../storage';
import { showAlert } from './alerts';
import { revealCanvasChange } from './revealChange';
import { createWorkshopSession } from './session';
import { showToast } from './toasts';

export { UNDO_LIMIT, type CommitOptions, type Origin } from './session';

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

/** This window's open workshop: its entities, undo history and write-through to storage. */
const session = createWorkshopSession({ storage, onStep: revealCanvasChange, onRepairs: reportRepairs });

export const useWorkshopStore = session.store;

/**
 * Applies a recipe to the open workshop: `local` changes are one undo step each (a drag or other gesture
 * commits once, when it ends), `remote` and `system` ones are saved without touching the history.
 */
export const commit = session.commit;
export const undo = session.undo;
export const redo = session.redo;
export const openWorkshop = session.openWorkshop;
export const closeWorkshop = session.closeWorkshop;
export const flushWorkshop = session.flush;
export const onWorkshopSaved = session.onSaved;
