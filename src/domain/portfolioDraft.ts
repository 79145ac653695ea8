import { newId, nowIso } from './ids';
import { OBJECTIVE_PARTNER_TYPE } from './labels';
import { LIMITS, OBJECTIVE_KINDS, PARTNER_STATUSES, PARTNER_TYPES, type ObjectiveKind, type Partner, type PartnerStatus, type PartnerType, type Tier } from './records';

/** The add/edit form's values as typed: strings until they validate. */
export interface PartnerDraft {
  name: string;
  type: PartnerType;
  tierId: string;
  status: PartnerStatus;
  objective: ObjectiveKind | '';
  owner: string;
  tags: string;
  notes: string;
  alignment: string;
  execution: string;
  culture: string;
  nextReview: string;
}

export type DraftErrors = Partial<Record<keyof PartnerDraft, string>>;

export function objectiveForType(type: PartnerType): ObjectiveKind {
  return OBJECTIVE_KINDS.find((kind) => OBJECTIVE_PARTNER_TYPE[kind] === type) ?? 'market-expansion';
}

export function emptyDraft(tiers: readonly Tier[]): PartnerDraft {
  const lastTier = [...tiers].sort((a, b) => a.order - b.order).at(-1);
  return {
    name: '',
    type: 'channel',
    tierId: lastTier?.id ?? '',
    status: 'prospect',
    objective: objectiveForType('channel'),
    owner: '',
    tags: '',
    notes: '',
    alignment: '3',
    execution: '3',
    culture: '3',
    nextReview: '',
  };
}

export function draftFromPartner(partner: Partner): PartnerDraft {
  return {
    name: partner.name,
    type: partner.type,
    tierId: partner.tierId ?? '',
    status: partner.status,
    objective: partner.objective ?? '',
    owner: partner.owner,
    tags: partner.tags.join(', '),
    notes: partner.notes,
    alignment: String(partner.scores.alignment),
    execution: String(partner.scores.execution),
    culture: String(partner.scores.culture),
    nextReview: partner.nextReview,
  };
}

export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const raw of text.split(/[,;\n]/)) {
    const tag = raw.trim();
    const key = tag.toLocaleLowerCase();
    if (tag && !seen.has(key)) {
      seen.add(key);
      tags.push(tag);
    }
  }
  return tags;
}

const SCORE_FIELDS = ['alignment', 'execution', 'culture'] as const;

function scoreError(value: string): string | undefined {
  const n = Number(value);
  return value.trim() !== '' && Number.isInteger(n) && n >= 1 && n <= 5 ? undefined : 'A whole number from 1 to 5.';
}

/** Messages keyed by field; an empty object means the draft can be saved. */
export function validateDraft(draft: PartnerDraft, others: readonly Pick<Partner, 'id' | 'name'>[], tiers: readonly Pick<Tier, 'id'>[], editingId: string | null): DraftErrors {
  const errors: DraftErrors = {};
  const name = draft.name.trim();
  if (!name) errors.name = 'Give the partner a name.';
  else if (name.length > LIMITS.shortText) errors.name = `Keep the name under ${LIMITS.shortText} characters.`;
  else {
    const key = name.toLocaleLowerCase();
    if (others.some((p) => p.id !== editingId && p.name.trim().toLocaleLowerCase() === key)) errors.name = `Another partner is already called “${name}”.`;
  }
  if (!PARTNER_TYPES.includes(draft.type)) errors.type = 'Choose a type.';
  if (draft.tierId && !tiers.some((t) => t.id === draft.tierId)) errors.tierId = 'That tier no longer exists; choose another.';
  if (!PARTNER_STATUSES.includes(draft.status)) errors.status = 'Choose a status.';
  if (draft.owner.trim().length > LIMITS.shortText) errors.owner = `Keep the owner under ${LIMITS.shortText} characters.`;
  const tags = parseTags(draft.tags);
  if (tags.length > LIMITS.listItems) errors.tags = `At most ${LIMITS.listItems} tags.`;
  else if (tags.some((t) => t.length > LIMITS.shortText)) errors.tags = `Keep each tag under ${LIMITS.shortText} characters.`;
  if (draft.notes.length > LIMITS.longText) errors.notes = `Keep the notes under ${LIMITS.longText.toLocaleString('en')} characters.`;
  for (const field of SCORE_FIELDS) {
    const message = scoreError(draft[field]);
    if (message) errors[field] = message;
  }
  if (draft.nextReview && !/^\d{4}-\d{2}-\d{2}$/.test(draft.nextReview)) errors.nextReview = 'Use a date like 2026-11-25.';
  return errors;
}

/** A valid draft as a record: a new partner, or the edited one with a fresh `updatedAt`. */
export function draftToPartner(draft: PartnerDraft, workshopId: string, base: Partner | null, at: string = nowIso()): Partner {
  return {
    id: base?.id ?? newId(),
    workshopId,
    createdAt: base?.createdAt ?? at,
    updatedAt: at,
    rev: base ? base.rev : 0,
    name: draft.name.trim(),
    type: draft.type,
    tierId: draft.tierId || null,
    status: draft.status,
    objective: draft.objective || null,
    owner: draft.owner.trim(),
    tags: parseTags(draft.tags),
    notes: draft.notes,
    scores: { alignment: Number(draft.alignment), execution: Number(draft.execution), culture: Number(draft.culture) },
    nextReview: draft.nextReview,
  };
}
