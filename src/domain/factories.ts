import { emptyBundle, type WorkshopBundle } from './bundle';
import { newId, nowIso } from './ids';
import type { Objective, Tier, Workshop } from './records';

export interface NewWorkshopInput {
  title: string;
  organisation: string;
  date: string;
  objectives: Objective[];
}

export const DEFAULT_SCORE_WEIGHTS = { alignment: 2, execution: 1.5, culture: 1 };
export const DEFAULT_NOISE_THRESHOLD = 2.5;

export function createWorkshop(input: NewWorkshopInput, at: string = nowIso()): Workshop {
  return {
    id: newId(),
    createdAt: at,
    updatedAt: at,
    rev: 0,
    title: input.title.trim(),
    organisation: input.organisation.trim(),
    date: input.date,
    objectives: input.objectives,
    scoreWeights: { ...DEFAULT_SCORE_WEIGHTS },
    noiseThreshold: DEFAULT_NOISE_THRESHOLD,
  };
}

type TierSeed = Pick<Tier, 'name' | 'successCriteria' | 'resourceShare' | 'reviewCadence'>;

export const DEFAULT_TIERS: TierSeed[] = [
  {
    name: 'Strategic',
    successCriteria: ['Executive sponsor on both sides', 'Joint roadmap or co-innovation project', 'Shared revenue target'],
    resourceShare: 50,
    reviewCadence: 'quarterly',
  },
  {
    name: 'Core',
    successCriteria: ['Completed enablement', 'Joint marketing twice a year', 'Regular pipeline contribution'],
    resourceShare: 35,
    reviewCadence: 'quarterly',
  },
  {
    name: 'Transactional',
    successCriteria: ['Uses the self-serve portal', 'Registers deals'],
    resourceShare: 15,
    reviewCadence: 'yearly',
  },
];

export function createTiers(workshopId: string, seeds: TierSeed[] = DEFAULT_TIERS, at: string = nowIso()): Tier[] {
  return seeds.map((seed, order) => ({ ...seed, successCriteria: [...seed.successCriteria], id: newId(), workshopId, order, createdAt: at, updatedAt: at, rev: 0 }));
}

/** A new workshop comes with the three usual tiers, ready to fill. */
export function createWorkshopBundle(input: NewWorkshopInput, at: string = nowIso()): WorkshopBundle {
  const workshop = createWorkshop(input, at);
  return { ...emptyBundle(workshop), tiers: createTiers(workshop.id, DEFAULT_TIERS, at) };
}
