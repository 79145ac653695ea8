import { createEnablement, enablementFor, type ChecklistItem, type EngagementRhythm, type PartnerEnablement } from '../domain';
import { newId, nowIso } from '../domain';
import { showToast } from './toasts';
import { updateWorkshop } from './workshopStore';

function updatePlan(planId: string, change: (plan: PartnerEnablement) => PartnerEnablement | null): void {
  updateWorkshop((entities) => {
    const plan = entities.enablement[planId];
    if (!plan) return entities;
    const next = change(plan);
    if (!next) return entities;
    return { ...entities, enablement: { ...entities.enablement, [planId]: { ...next, updatedAt: nowIso() } } };
  });
}

const mapItems = (plan: PartnerEnablement, itemId: string, change: (item: ChecklistItem) => ChecklistItem) => ({
  ...plan,
  checklist: plan.checklist.map((item) => (item.id === itemId ? change(item) : item)),
});

/** Starts a partner's plan from its type's checklist; does nothing when it already has one. */
export function startEnablement(partnerId: string): void {
  updateWorkshop((entities) => {
    const partner = entities.partners[partnerId];
    if (!partner || enablementFor(entities, partnerId)) return entities;
    const plan = createEnablement(partner, nowIso());
    return { ...entities, enablement: { ...entities.enablement, [plan.id]: plan } };
  });
}

export function setItemDone(planId: string, itemId: string, done: boolean, today: string): void {
  updatePlan(planId, (plan) =>
    mapItems(plan, itemId, (item) => {
      const { doneAt: _previous, ...rest } = item;
      return done ? { ...rest, done, doneAt: today } : { ...rest, done };
    }),
  );
}

export function renameItem(planId: string, itemId: string, label: string): void {
  const trimmed = label.trim();
  if (!trimmed) return;
  updatePlan(planId, (plan) => (plan.checklist.find((i) => i.id === itemId)?.label === trimmed ? null : mapItems(plan, itemId, (item) => ({ ...item, label: trimmed }))));
}

export function addItem(planId: string, label: string): void {
  const trimmed = label.trim();
  if (!trimmed) return;
  updatePlan(planId, (plan) => ({ ...plan, checklist: [...plan.checklist, { id: newId(), label: trimmed, done: false }] }));
}

export function removeItem(planId: string, itemId: string): void {
  let removed: { item: ChecklistItem; index: number } | null = null;
  updatePlan(planId, (plan) => {
    const index = plan.checklist.findIndex((i) => i.id === itemId);
    const item = plan.checklist[index];
    if (!item) return null;
    removed = { item, index };
    return { ...plan, checklist: plan.checklist.filter((i) => i.id !== itemId) };
  });
  const gone = removed as { item: ChecklistItem; index: number } | null;
  if (!gone) return;
  showToast({
    message: `Removed “${gone.item.label}” from the checklist`,
    tone: 'info',
    action: {
      label: 'Undo',
      run: () =>
        updatePlan(planId, (plan) =>
          plan.checklist.some((i) => i.id === gone.item.id) ? null : { ...plan, checklist: [...plan.checklist.slice(0, gone.index), gone.item, ...plan.checklist.slice(gone.index)] },
        ),
    },
  });
}

export function setRhythm(planId: string, patch: Partial<EngagementRhythm>): void {
  updatePlan(planId, (plan) => ({ ...plan, rhythm: { ...plan.rhythm, ...patch } }));
}
