import type { Partner } from './records';
import type { NoiseReason } from './scoring';

export type ScoreKey = keyof Partner['scores'];

export interface ScoreCriterion {
  key: ScoreKey;
  label: string;
  question: string;
  /** What a 1, 2, 3, 4 and 5 mean, index 0 = score 1. */
  levels: [string, string, string, string, string];
}

/** The selection scorecard: each criterion from 1 (weak) to 5 (strong), with a short rubric. */
export const SCORE_CRITERIA: ScoreCriterion[] = [
  {
    key: 'alignment',
    label: 'Strategic alignment',
    question: 'Does working together move one of our named objectives, and can they say what is in it for both sides?',
    levels: [
      'Nothing ties it to our objectives',
      'A loose link we would have to argue for',
      'A believable link, not yet put into words by them',
      'A shared objective, outcome still vague',
      'A shared objective with an outcome we can measure',
    ],
  },
  {
    key: 'execution',
    label: 'Execution capability',
    question: 'Can they deliver: sales capacity, technical setup, operational maturity, track record, references?',
    levels: [
      'Promises, nothing delivered yet',
      'Early signs, no references',
      'Some delivery history, little spare capacity',
      'Solid delivery, capacity being built',
      'Proven delivery, references and people assigned to us',
    ],
  },
  {
    key: 'culture',
    label: 'Cultural fit',
    question: 'Do we do business the same way: long-term or transactional, open with data, straight with each other?',
    levels: [
      'Friction at every touchpoint',
      'Frequent friction on how to work',
      'Differences we can work around',
      'Mostly aligned, a few rough edges',
      'Same page on how to work together',
    ],
  },
];

export function rubricFor(key: ScoreKey, score: number): string {
  const criterion = SCORE_CRITERIA.find((c) => c.key === key);
  return criterion?.levels[Math.min(5, Math.max(1, Math.round(score))) - 1] ?? '';
}

export const NOISE_LABEL = 'noise — cut or renegotiate';

export function noiseReasonText(reason: NoiseReason, score: number, threshold: number): string {
  return reason === 'no-objective' ? 'serves no objective' : `scores ${score.toFixed(1)}, under the threshold of ${threshold}`;
}
