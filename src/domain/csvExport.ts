import type { WorkshopEntities } from './bundle';
import { OBJECTIVE_LABELS, PARTNER_STATUS_LABELS, PARTNER_TYPE_LABELS } from './labels';
import { noiseReasons, totalScore, type NoiseReason } from './scoring';
import type { Partner } from './records';

const BOM = '\uFEFF';

const NOISE_LABELS: Record<NoiseReason, string> = { 'no-objective': 'No objective', 'low-score': 'Score below threshold' };

export const CSV_EXPORT_HEADERS = [
  'Name', 'Type', 'Tier', 'Status', 'Objective', 'Owner', 'Tags', 'Notes',
  'Strategic alignment', 'Execution capability', 'Cultural fit', 'Total score', 'Noise', 'Next review',
  'Created', 'Updated', 'Partnerscape ID',
] as const;

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab / carriage return) as a formula: prefix a
 * quote so a partner named "=HYPERLINK(…)" stays text (OWASP's CSV injection advice).
 */
export function guardFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function csvCell(value: string): string {
  const safe = guardFormula(value);
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function partnerRow(partner: Partner, entities: WorkshopEntities): string[] {
  const noise = noiseReasons(partner, entities.workshop);
  return [
    partner.name,
    PARTNER_TYPE_LABELS[partner.type],
    partner.tierId ? (entities.tiers[partner.tierId]?.name ?? '') : '',
    PARTNER_STATUS_LABELS[partner.status],
    partner.objective ? OBJECTIVE_LABELS[partner.objective] : 'None',
    partner.owner,
    partner.tags.join(', '),
    partner.notes,
    String(partner.scores.alignment),
    String(partner.scores.execution),
    String(partner.scores.culture),
    totalScore(partner.scores, entities.workshop.scoreWeights).toFixed(1),
    noise.map((r) => NOISE_LABELS[r]).join('; '),
    partner.nextReview,
    partner.createdAt,
    partner.updatedAt,
    partner.id,
  ];
}

/** The portfolio as CSV for Excel and CRMs: UTF-8 with a byte-order mark, comma separated, CRLF lines, sorted by name. */
export function portfolioToCsv(entities: WorkshopEntities): string {
  const partners = Object.values(entities.partners).sort((a, b) => a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : 1));
  const lines = [CSV_EXPORT_HEADERS.map(csvCell), ...partners.map((p) => partnerRow(p, entities).map(csvCell))];
  return BOM + lines.map((cells) => cells.join(',')).join('\r\n') + '\r\n';
}
