import { OBJECTIVE_LABELS, PARTNER_STATUS_LABELS, PARTNER_TYPE_LABELS } from '../../domain/labels';
import type { Partner } from '../../domain/records';
import { noiseReasons, totalScore } from '../../domain/scoring';
import { INK, TYPE_COLOR } from '../theme';
import type { Flow } from './flow';
import { flowTable, type Cell } from './table';

const NOISE_TEXT = { 'no-objective': 'no objective', 'low-score': 'low score' } as const;

export function partnersByScore(flow: Flow): Partner[] {
  const { workshop, partners } = flow.ctx.bundle;
  return [...partners].sort((a, b) => totalScore(b.scores, workshop.scoreWeights) - totalScore(a.scores, workshop.scoreWeights) || a.name.localeCompare(b.name));
}

/** The selection scorecard: one row per partner, best first; noise flagged. */
export function scorecardSection(flow: Flow): void {
  const { workshop, tiers } = flow.ctx.bundle;
  const w = workshop.scoreWeights;
  flow.paragraph(
    `Scores 1–5: Al. strategic alignment, Ex. execution capability, Cu. cultural fit; the total is their weighted mean (×${w.alignment}, ×${w.execution}, ×${w.culture}). Partners under ${workshop.noiseThreshold} or without an objective are noise: cut or renegotiate.`,
    { size: 9.5, color: INK.text2, after: 10 },
  );
  const rows: Cell[][] = partnersByScore(flow).map((p) => {
    const reasons = noiseReasons(p, workshop);
    return [
      { text: p.name, font: 'bold', dot: TYPE_COLOR[p.type] },
      { text: `${PARTNER_TYPE_LABELS[p.type]}, ${PARTNER_STATUS_LABELS[p.status].toLowerCase()}` },
      { text: tiers.find((t) => t.id === p.tierId)?.name ?? '—' },
      { text: p.objective ? OBJECTIVE_LABELS[p.objective] : 'None' },
      { text: String(p.scores.alignment) },
      { text: String(p.scores.execution) },
      { text: String(p.scores.culture) },
      { text: totalScore(p.scores, w).toFixed(1), font: 'bold' },
      reasons.length ? { text: `Noise: ${reasons.map((r) => NOISE_TEXT[r]).join(', ')}`, color: INK.danger } : { text: '—', color: INK.text3 },
    ];
  });
  if (rows.length === 0) return flow.paragraph('No partners yet.', { color: INK.text2 });
  flowTable(
    flow,
    [
      { header: 'Partner', share: 30 },
      { header: 'Type, status', share: 12 },
      { header: 'Tier', share: 11 },
      { header: 'Objective', share: 12 },
      { header: 'Al.', share: 4, align: 'center' },
      { header: 'Ex.', share: 4, align: 'center' },
      { header: 'Cu.', share: 4, align: 'center' },
      { header: 'Total', share: 5, align: 'center' },
      { header: 'Flag', share: 11 },
    ],
    rows,
  );
}
