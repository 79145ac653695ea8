import type { Partner, Workshop } from './records';

export type ScoreWeights = Workshop['scoreWeights'];

/** Weighted mean of the three scorecard criteria, on the same 1–5 scale, rounded to one decimal. */
export function totalScore(scores: Partner['scores'], weights: ScoreWeights): number {
  const sum = weights.alignment + weights.execution + weights.culture;
  if (sum <= 0) return Math.round(((scores.alignment + scores.execution + scores.culture) / 3) * 10) / 10;
  const weighted = scores.alignment * weights.alignment + scores.execution * weights.execution + scores.culture * weights.culture;
  return Math.round((weighted / sum) * 10) / 10;
}

export type NoiseReason = 'no-objective' | 'low-score';

/** Why a partner is noise ("cut or renegotiate"): it serves no objective, or scores under the workshop's threshold. */
export function noiseReasons(partner: Partner, workshop: Pick<Workshop, 'scoreWeights' | 'noiseThreshold'>): NoiseReason[] {
  const reasons: NoiseReason[] = [];
  if (partner.objective === null) reasons.push('no-objective');
  if (totalScore(partner.scores, workshop.scoreWeights) < workshop.noiseThreshold) reasons.push('low-score');
  return reasons;
}
