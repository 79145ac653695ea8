import { revertChange, type WorkshopEntities } from '../domain';
import { showToast } from './toasts';
import { undo, updateWorkshop, useWorkshopStore } from './workshopStore';

const current = () => useWorkshopStore.getState().entities;

/**
 * A toast whose Undo takes back exactly the change from `before` to `after`: the history's own undo when
 * nothing happened since, otherwise that change alone, on top of the later edits.
 */
export function offerUndo(message: string, before: WorkshopEntities | null, after: WorkshopEntities | null): void {
  if (!before || !after || before === after) return;
  showToast({
    message,
    tone: 'info',
    action: {
      label: 'Undo',
      run: () => {
        if (current() === after) undo();
        else updateWorkshop((now) => revertChange(now, before, after));
      },
    },
  });
}
