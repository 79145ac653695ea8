import type { WorkshopEntities } from './bundle';
import { nowIso } from './ids';
import { draftToPartner, type PartnerDraft } from './portfolioDraft';
import type { Outcome } from './recipe';
import type { Partner, Workshop } from './records';

/** Saves the add/edit form (already validated): a new partner, or the edited one. The result is its id. */
export function putPartner(entities: WorkshopEntities, draft: PartnerDraft, editingId: string | null, at: string = nowIso()): Outcome<string> {
  const base = editingId ? (entities.partners[editingId] ?? null) : null;
  const partner = draftToPartner(draft, entities.workshop.id, base, at);
  return { entities: { ...entities, partners: { ...entities.partners, [partner.id]: partner } }, result: partner.id };
}

/** Adds partners made elsewhere (a CSV import), as this workshop's. */
export function addPartners(entities: WorkshopEntities, partners: readonly Partner[]): WorkshopEntities {
  if (partners.length === 0) return entities;
  const next = { ...entities.partners };
  for (const partner of partners) next[partner.id] = { ...partner, workshopId: entities.workshop.id };
  return { ...entities, partners: next };
}

export type WorkshopSettings = Partial<Pick<Workshop, 'objectives' | 'scoreWeights' | 'noiseThreshold'>>;

/** The portfolio's settings on the workshop record: objectives, score weights, noise threshold. */
export function updateWorkshopSettings(entities: WorkshopEntities, patch: WorkshopSettings, at: string = nowIso()): WorkshopEntities {
  return { ...entities, workshop: { ...entities.workshop, ...patch, updatedAt: at } };
}
