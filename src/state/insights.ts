import { createInsight, nowIso, type Insight, type InsightDraft } from '../domain';
import { showToast } from './toasts';
import { updateWorkshop } from './workshopStore';

export function addInsight(draft: InsightDraft): string | null {
  let id: string | null = null;
  updateWorkshop((entities) => {
    const insight = createInsight(entities.workshop.id, draft, nowIso());
    id = insight.id;
    return { ...entities, insights: { ...entities.insights, [insight.id]: insight } };
  });
  return id;
}

export function updateInsight(id: string, patch: Partial<InsightDraft>): void {
  updateWorkshop((entities) => {
    const current = entities.insights[id];
    if (!current) return entities;
    const changed = (Object.keys(patch) as Array<keyof InsightDraft>).some((key) => patch[key] !== current[key]);
    if (!changed) return entities;
    return { ...entities, insights: { ...entities.insights, [id]: { ...current, ...patch, updatedAt: nowIso() } } };
  });
}

/** Deletes with an Undo in the toast that puts the same record back (even after other edits). */
export function deleteInsight(id: string): void {
  let removed: Insight | undefined;
  updateWorkshop((entities) => {
    removed = entities.insights[id];
    if (!removed) return entities;
    const { [id]: _gone, ...insights } = entities.insights;
    return { ...entities, insights };
  });
  const gone = removed as Insight | undefined;
  if (!gone) return;
  showToast({
    message: 'Insight deleted',
    tone: 'info',
    action: {
      label: 'Undo',
      run: () =>
        updateWorkshop((entities) =>
          entities.insights[gone.id] || (gone.partnerId !== null && !entities.partners[gone.partnerId])
            ? entities
            : { ...entities, insights: { ...entities.insights, [gone.id]: { ...gone, updatedAt: nowIso() } } },
        ),
    },
  });
}
