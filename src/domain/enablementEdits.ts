import type { WorkshopEntities } from './bundle';
import { createEnablement, enablementFor } from './enablement';
import { newId, nowIso } from './ids';
import type { Outcome } from './recipe';
import type { ChecklistItem, EngagementRhythm, PartnerEnablement } from './records';

/** Starts a partner's plan from its type's checklist; nothing happens when it already has one. */
export function startEnablement(entities: WorkshopEntities, partnerId: string, at: string = nowIso()): WorkshopEntities {
  const partner = entities.partners[partnerId];
  if (!partner || enablementFor(entities, partnerId)) return entities;
  const plan = createEnablement(partner, at);
  return { ...entities, enablement: { ...entities.enablement, [plan.id]: plan } };
}

/** One plan changed by `change` (null: no change). */
function changePlan(entities: WorkshopEntities, planId: string, at: string, change: (plan: PartnerEnablement) => PartnerEnablement | null): WorkshopEntities {
  const plan = entities.enablement[planId];
  const next = plan && change(plan);
  if (!next) return entities;
  return { ...entities, enablement: { ...entities.enablement, [planId]: { ...next, updatedAt: at } } };
}

function changeItem(plan: PartnerEnablement, itemId: string, change: (item: ChecklistItem) => ChecklistItem): PartnerEnablement {
  return { ...plan, checklist: plan.checklist.map((item) => (item.id === itemId ? change(item) : item)) };
}

/** Ticks an item (remembering the day) or clears it. */
export function setChecklistItemDone(entities: WorkshopEntities, planId: string, itemId: string, done: boolean, today: string, at: string = nowIso()): WorkshopEntities {
  return changePlan(entities, planId, at, (plan) =>
    changeItem(plan, itemId, (item) => {
      const { doneAt: _previous, ...rest } = item;
      return done ? { ...rest, done, doneAt: today } : { ...rest, done };
    }),
  );
}

export function renameChecklistItem(entities: WorkshopEntities, planId: string, itemId: string, label: string, at: string = nowIso()): WorkshopEntities {
  const trimmed = label.trim();
  if (!trimmed) return entities;
  return changePlan(entities, planId, at, (plan) => (plan.checklist.find((i) => i.id === itemId)?.label === trimmed ? null : changeItem(plan, itemId, (item) => ({ ...item, label: trimmed }))));
}

export function addChecklistItem(entities: WorkshopEntities, planId: string, label: string, at: string = nowIso()): WorkshopEntities {
  const trimmed = label.trim();
  if (!trimmed) return entities;
  return changePlan(entities, planId, at, (plan) => ({ ...plan, checklist: [...plan.checklist, { id: newId(), label: trimmed, done: false }] }));
}

/** Removes one item and hands it back (null when there was none). */
export function removeChecklistItem(entities: WorkshopEntities, planId: string, itemId: string, at: string = nowIso()): Outcome<ChecklistItem | null> {
  const item = entities.enablement[planId]?.checklist.find((i) => i.id === itemId) ?? null;
  if (!item) return { entities, result: null };
  return { entities: changePlan(entities, planId, at, (plan) => ({ ...plan, checklist: plan.checklist.filter((i) => i.id !== itemId) })), result: item };
}

export function setEngagementRhythm(entities: WorkshopEntities, planId: string, patch: Partial<EngagementRhythm>, at: string = nowIso()): WorkshopEntities {
  return changePlan(entities, planId, at, (plan) => ({ ...plan, rhythm: { ...plan.rhythm, ...patch } }));
}
