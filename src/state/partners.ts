import {
  addTier,
  deleteTier,
  draftToPartner,
  moveTier,
  newId,
  nowIso,
  removePartner,
  updateTier,
  type Canvas,
  type Objective,
  type PartnerDraft,
  type TierPatch,
  type Workshop,
  type WorkshopEntities,
} from '../domain';
import { offerUndo } from './undoToast';
import { updateWorkshop, useWorkshopStore } from './workshopStore';

const current = () => useWorkshopStore.getState().entities;

/** Applies a change and offers to take it back from a toast, even after further edits. */
function changeWithUndo(recipe: (entities: WorkshopEntities) => WorkshopEntities, message: string): void {
  const before = current();
  if (!before) return;
  updateWorkshop(recipe);
  offerUndo(message, before, current());
}

/** Saves the add/edit form (already validated); returns the partner's id. */
export function savePartner(draft: PartnerDraft, editingId: string | null): string | null {
  const entities = current();
  if (!entities) return null;
  const base = editingId ? (entities.partners[editingId] ?? null) : null;
  const partner = draftToPartner(draft, entities.workshop.id, base);
  updateWorkshop((e) => ({ ...e, partners: { ...e.partners, [partner.id]: partner } }));
  return partner.id;
}

export function deletePartner(partnerId: string): void {
  const partner = current()?.partners[partnerId];
  if (!partner) return;
  changeWithUndo((e) => removePartner(e, partnerId), `Deleted “${partner.name}”.`);
}

export function addTierNamed(name: string): string | null {
  let created: string | null = null;
  updateWorkshop((e) => {
    const result = addTier(e, name);
    created = result.tierId;
    return result.entities;
  });
  return created;
}

export function changeTier(tierId: string, patch: TierPatch): void {
  updateWorkshop((e) => updateTier(e, tierId, patch));
}

export function moveTierBy(tierId: string, delta: -1 | 1): void {
  updateWorkshop((e) => moveTier(e, tierId, delta));
}

export function removeTier(tierId: string, moveTo: string | null): void {
  const tier = current()?.tiers[tierId];
  if (!tier) return;
  changeWithUndo((e) => deleteTier(e, tierId, moveTo), `Deleted the tier “${tier.name}”.`);
}

function changeWorkshop(patch: Partial<Pick<Workshop, 'objectives' | 'scoreWeights' | 'noiseThreshold'>>): void {
  updateWorkshop((e) => ({ ...e, workshop: { ...e.workshop, ...patch, updatedAt: nowIso() } }));
}

export const setObjectives = (objectives: Objective[]) => changeWorkshop({ objectives });
export const setScoreWeights = (scoreWeights: Workshop['scoreWeights']) => changeWorkshop({ scoreWeights });
export const setNoiseThreshold = (noiseThreshold: number) => changeWorkshop({ noiseThreshold });
export const setScorecard = (scoreWeights: Workshop['scoreWeights'], noiseThreshold: number) => changeWorkshop({ scoreWeights, noiseThreshold });

/** A new canvas for one partner, titled after it; returns its id so the caller can open it. */
export function createPartnerCanvas(partnerId: string): string | null {
  const entities = current();
  const partner = entities?.partners[partnerId];
  if (!entities || !partner) return null;
  const at = nowIso();
  const title = `${partner.name} partnership`.slice(0, 200);
  const canvas: Canvas = { id: newId(), workshopId: entities.workshop.id, createdAt: at, updatedAt: at, title, partnerId };
  updateWorkshop((e) => ({ ...e, canvases: { ...e.canvases, [canvas.id]: canvas } }));
  return canvas.id;
}
