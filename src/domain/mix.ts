import { OBJECTIVE_PARTNER_TYPE, PARTNER_TYPE_LABELS } from './labels';
import { PARTNER_TYPES, type Objective, type Partner, type PartnerType } from './records';

export interface MixEntry {
  type: PartnerType;
  count: number;
  /** Share of the counted partners, 0–1. */
  actual: number;
  /** Share the weighted objectives imply for this type, 0–1. */
  implied: number;
}

/** Retired partners no longer take resources, so they don't count in the mix. */
export function partnerMix(partners: readonly Pick<Partner, 'type' | 'status'>[]): Record<PartnerType, number> {
  const counts: Record<PartnerType, number> = { channel: 0, technology: 0, innovation: 0 };
  for (const p of partners) if (p.status !== 'retired') counts[p.type] += 1;
  return counts;
}

export function impliedMix(objectives: readonly Objective[]): Record<PartnerType, number> {
  const weights: Record<PartnerType, number> = { channel: 0, technology: 0, innovation: 0 };
  for (const o of objectives) weights[OBJECTIVE_PARTNER_TYPE[o.kind]] += Math.max(0, o.weight);
  const sum = weights.channel + weights.technology + weights.innovation;
  for (const type of PARTNER_TYPES) weights[type] = sum > 0 ? weights[type] / sum : 0;
  return weights;
}

export function compareMix(partners: readonly Pick<Partner, 'type' | 'status'>[], objectives: readonly Objective[]): MixEntry[] {
  const counts = partnerMix(partners);
  const total = counts.channel + counts.technology + counts.innovation;
  const implied = impliedMix(objectives);
  return PARTNER_TYPES.map((type) => ({ type, count: counts[type], actual: total > 0 ? counts[type] / total : 0, implied: implied[type] }));
}

/** Gaps up to this many percentage points count as "in line". */
export const MIX_TOLERANCE = 0.1;

const pct = (share: number) => `${Math.round(share * 100)} %`;

/** The mix against the objectives in one plain sentence. */
export function mixSentence(mix: readonly MixEntry[]): string {
  const total = mix.reduce((s, e) => s + e.count, 0);
  const impliedSum = mix.reduce((s, e) => s + e.implied, 0);
  if (impliedSum === 0) return 'The workshop has no weighted objectives yet, so nothing says what the partner mix should be.';
  if (total === 0) return 'There are no current partners yet, so the mix cannot be compared with what the objectives ask for.';
  const gaps = mix.map((e) => ({ ...e, gap: e.actual - e.implied }));
  const under = gaps.filter((g) => g.gap < -MIX_TOLERANCE).sort((a, b) => a.gap - b.gap)[0];
  const over = gaps.filter((g) => g.gap > MIX_TOLERANCE).sort((a, b) => b.gap - a.gap)[0];
  const name = (t: PartnerType) => `${PARTNER_TYPE_LABELS[t].toLocaleLowerCase('en')} partners`;
  if (!under && !over) return `The partner mix is in line with the objectives: every type is within ${MIX_TOLERANCE * 100} points of what they imply.`;
  const part = (e: MixEntry, word: string) => `${name(e.type)} are ${word} (${pct(e.actual)} of partners against the ${pct(e.implied)} the objectives imply)`;
  const sentence = under && over ? `${part(under, 'under-represented')}, while ${part(over, 'over-represented')}.` : `${part((under ?? over) as MixEntry, under ? 'under-represented' : 'over-represented')}.`;
  return sentence.charAt(0).toLocaleUpperCase('en') + sentence.slice(1);
}
