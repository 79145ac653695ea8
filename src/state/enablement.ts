import {
  addChecklistItem,
  removeChecklistItem,
  renameChecklistItem,
  setChecklistItemDone,
  setEngagementRhythm,
  startEnablement as startPlan,
  type EngagementRhythm,
} from '../domain';
import { commit, useWorkshopStore } from './workshopStore';

/** Starts a partner's plan from its type's checklist; does nothing when it already has one. */
export function startEnablement(partnerId: string): void {
  commit((e) => startPlan(e, partnerId), { origin: 'local' });
}

export function setItemDone(planId: string, itemId: string, done: boolean, today: string): void {
  commit((e) => setChecklistItemDone(e, planId, itemId, done, today), { origin: 'local' });
}

export function renameItem(planId: string, itemId: string, label: string): void {
  commit((e) => renameChecklistItem(e, planId, itemId, label), { origin: 'local' });
}

export function addItem(planId: string, label: string): void {
  commit((e) => addChecklistItem(e, planId, label), { origin: 'local' });
}

/** Removes an item; the toast's Undo puts it back where it was, even after other edits. */
export function removeItem(planId: string, itemId: string): void {
  const item = useWorkshopStore.getState().entities?.enablement[planId]?.checklist.find((i) => i.id === itemId);
  if (item) commit((e) => removeChecklistItem(e, planId, itemId), { origin: 'local', undoMessage: `Removed “${item.label}” from the checklist` });
}

export function setRhythm(planId: string, patch: Partial<EngagementRhythm>): void {
  commit((e) => setEngagementRhythm(e, planId, patch), { origin: 'local' });
}
