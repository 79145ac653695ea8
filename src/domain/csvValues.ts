import { normaliseHeader } from './csvFields';
import type { ObjectiveKind, PartnerStatus, PartnerType, Tier } from './records';

/** Words CRMs use for a partner's type, normalised like headers. Anything else is reported, never guessed. */
const TYPE_WORDS: Record<PartnerType, string[]> = {
  channel: [
    'channel', 'reseller', 'var', 'valueaddedreseller', 'distributor', 'distribution', 'referral', 'referrer', 'agent', 'affiliate',
    'msp', 'managedserviceprovider', 'solutionprovider', 'systemintegrator', 'si', 'sales', 'salespartner', 'marketplace', 'wholesaler', 'dealer', 'retailer',
  ],
  technology: ['technology', 'tech', 'integration', 'isv', 'platform', 'software', 'api', 'oem', 'app', 'appdeveloper', 'technologyalliance', 'alliance'],
  innovation: ['innovation', 'coinnovation', 'rd', 'research', 'researchanddevelopment', 'codevelopment', 'jointdevelopment', 'startup', 'university', 'academic', 'lab'],
};

const STATUS_WORDS: Record<PartnerStatus, string[]> = {
  prospect: ['prospect', 'prospective', 'lead', 'new', 'candidate', 'evaluating', 'evaluation', 'qualified', 'pipeline', 'target'],
  onboarding: ['onboarding', 'inonboarding', 'signed', 'contracted', 'enrolling', 'enrolled', 'pending', 'activation', 'activating'],
  active: ['active', 'live', 'current', 'engaged', 'partner', 'customer', 'won', 'closedwon'],
  'at-risk': ['atrisk', 'risk', 'churnrisk', 'churning', 'dormant', 'watch', 'watchlist', 'declining'],
  retired: ['retired', 'former', 'churned', 'terminated', 'inactive', 'ended', 'closed', 'closedlost', 'lost', 'offboarded', 'archived'],
};

const OBJECTIVE_WORDS: Record<ObjectiveKind, string[]> = {
  'market-expansion': ['marketexpansion', 'expansion', 'market', 'coverage', 'growth', 'sales'],
  'platform-differentiation': ['platformdifferentiation', 'differentiation', 'platform', 'integration'],
  'innovation-velocity': ['innovationvelocity', 'innovation', 'velocity', 'rd'],
};

const NO_OBJECTIVE = ['none', 'noobjective', 'na', 'nothing'];

function lookup<K extends string>(words: Record<K, string[]>, text: string): K | undefined {
  const key = normaliseHeader(text);
  for (const [value, list] of Object.entries(words) as [K, string[]][]) if (list.includes(key)) return value;
  // "Channel Partner", "Technology partners", "Reseller (VAR)": try without the generic words.
  const stripped = normaliseHeader(text.replace(/\(.*?\)/g, '').replace(/\b(partners?|partnership|type|program)\b/gi, ''));
  if (!stripped || stripped === key) return undefined;
  for (const [value, list] of Object.entries(words) as [K, string[]][]) if (list.includes(stripped)) return value;
  return undefined;
}

export const typeFromText = (text: string): PartnerType | undefined => lookup(TYPE_WORDS, text);
export const statusFromText = (text: string): PartnerStatus | undefined => lookup(STATUS_WORDS, text);

/** An objective, `null` for an explicit "none", or undefined when the text names none of them. */
export function objectiveFromText(text: string): ObjectiveKind | null | undefined {
  if (NO_OBJECTIVE.includes(normaliseHeader(text))) return null;
  return lookup(OBJECTIVE_WORDS, text);
}

/** A tier by its name ("Strategic", "strategic tier") or its rank ("1", "Tier 2"). */
export function tierFromText(text: string, tiers: readonly Tier[]): Tier | undefined {
  const key = normaliseHeader(text);
  const byName = tiers.find((t) => normaliseHeader(t.name) === key) ?? tiers.find((t) => normaliseHeader(`${t.name} tier`) === key);
  if (byName) return byName;
  const rank = /^(?:tier|level)?(\d{1,2})$/.exec(key);
  if (!rank) return undefined;
  return [...tiers].sort((a, b) => a.order - b.order)[Number(rank[1]) - 1];
}

/** A scorecard score: a whole number 1–5 ("4", "4.0"). */
export function scoreFromText(text: string): number | undefined {
  const n = Number(text.trim().replace(',', '.'));
  return Number.isInteger(n) && n >= 1 && n <= 5 ? n : undefined;
}

/** A day as YYYY-MM-DD; a full ISO timestamp is cut to its date. */
export function dateFromText(text: string): string | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text.trim());
  if (!match?.[1]) return undefined;
  return Number.isNaN(Date.parse(match[1])) ? undefined : match[1];
}

/** Undoes the export's formula guard: a quote before = + - @ was added by a spreadsheet-safe export. */
export function unguardCell(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}
