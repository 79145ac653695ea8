import {
  addPartnerCanvas,
  addTier,
  deleteTier,
  moveTier,
  putPartner,
  removePartner,
  updateTier,
  updateWorkshopSettings,
  type Objective,
  type PartnerDraft,
  type TierPatch,
  type Workshop,
  type WorkshopSettings,
} from '../domain';
import { commit, useWorkshopStore } from './workshopStore';

const current = () => useWorkshopStore.getState().entities;

/** Saves the add/edit form (already validated); returns the partner's id. */
export function savePartner(draft: PartnerDraft, editingId: string | null): string | null {
  return commit((e) => putPartner(e, draft, editingId), { origin: 'local' }) ?? null;
}

export function deletePartner(partnerId: string): void {
  const partner = current()?.partners[partnerId];
  if (partner) commit((e) => removePartner(e, partnerId), { origin: 'local', undoMessage: `Deleted “${partner.name}”.` });
}

export function addTierNamed(name: string): string | null {
  return commit((e) => addTier(e, name), { origin: 'local' }) ?? null;
}

export function changeTier(tierId: string, patch: TierPatch): void {
  commit((e) => updateTier(e, tierId, patch), { origin: 'local' });
}

export function moveTierBy(tierId: string, delta: -1 | 1): void {
  commit((e) => moveTier(e, tierId, delta), { origin: 'local' });
}

export function removeTier(tierId: string, moveTo: string | null): void {
  const tier = current()?.tiers[tierId];
  if (tier) commit((e) => deleteTier(e, tierId, moveTo), { origin: 'local', undoMessage: `Deleted the tier “${tier.name}”.` });
}

function changeWorkshop(patch: WorkshopSettings): void {
  commit((e) => updateWorkshopSettings(e, patch), { origin: 'local' });
}

export const setObjectives = (objectives: Objective[]) => changeWorkshop({ objectives });
export const setScoreWeights = (scoreWeights: Workshop['scoreWeights']) => changeWorkshop({ scoreWeights });
export const setNoiseThreshold = (noiseThreshold: number) => changeWorkshop({ noiseThreshold });
export const setScorecard = (scoreWeights: Workshop['scoreWeights'], noiseThreshold: number) => changeWorkshop({ scoreWeights, noiseThreshold });

/** A new canvas for one partner, titled after it; returns its id so the caller can open it. */
export function createPartnerCanvas(partnerId: string): string | null {
  return commit((e) => addPartnerCanvas(e, partnerId), { origin: 'local' }) ?? null;
}
