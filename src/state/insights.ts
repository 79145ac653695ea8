import { editInsight, putInsight, removeInsight, type InsightDraft } from '../domain';
import { commit, useWorkshopStore } from './workshopStore';

export function addInsight(draft: InsightDraft): string | null {
  return commit((e) => putInsight(e, draft), { origin: 'local' }) ?? null;
}

export function updateInsight(id: string, patch: Partial<InsightDraft>): void {
  commit((e) => editInsight(e, id, patch), { origin: 'local' });
}

/** Deletes with an Undo in the toast that puts the same record back (even after other edits). */
export function deleteInsight(id: string): void {
  if (useWorkshopStore.getState().entities?.insights[id]) commit((e) => removeInsight(e, id), { origin: 'local', undoMessage: 'Insight deleted' });
}
