import type { WorkshopEntities } from './bundle';
import { newId, nowIso } from './ids';
import type { Outcome } from './recipe';
import { INSIGHT_KINDS, type Insight, type InsightKind, type InsightStatus, type Partner, type Tier, type Workshop } from './records';
import { totalScore } from './scoring';

/** Shown beside the prioritised list, so nobody has to guess where the numbers come from. */
export const PRIORITY_EXPLANATION =
  'Priority = weight (1–5) × the partner’s contribution, which is its total score (1–5) times its tier factor (top tier 1, each lower tier less, no tier least); an insight without a partner counts a contribution of 1.';

const round1 = (value: number) => Math.round(value * 10) / 10;

/** Top tier 1, then (n − rank) / n down the ordered tiers; no tier (or an unknown one) gets 1 / (n + 1). */
export function tierFactor(tierId: string | null, tiers: readonly Tier[]): number {
  const ordered = [...tiers].sort((a, b) => a.order - b.order);
  const rank = tierId === null ? -1 : ordered.findIndex((t) => t.id === tierId);
  const n = ordered.length;
  if (rank < 0) return 1 / (n + 1);
  return (n - rank) / n;
}

/** How much weight a partner's word carries: total score × tier factor, one decimal. */
export function partnerContribution(partner: Partner | undefined, tiers: readonly Tier[], weights: Workshop['scoreWeights']): number {
  if (!partner) return 1;
  return round1(totalScore(partner.scores, weights) * tierFactor(partner.tierId, tiers));
}

export interface PrioritisedInsight {
  insight: Insight;
  partnerName: string | null;
  contribution: number;
  priority: number;
}

/** Every insight with its priority, highest first; ties go to the more recent, then to the text. */
export function prioritisedInsights(entities: Pick<WorkshopEntities, 'insights' | 'partners' | 'tiers' | 'workshop'>): PrioritisedInsight[] {
  const tiers = Object.values(entities.tiers);
  return Object.values(entities.insights)
    .map((insight) => {
      const partner = insight.partnerId === null ? undefined : entities.partners[insight.partnerId];
      const contribution = partnerContribution(partner, tiers, entities.workshop.scoreWeights);
      return { insight, partnerName: partner?.name ?? null, contribution, priority: round1(insight.weight * contribution) };
    })
    .sort((a, b) => b.priority - a.priority || b.insight.date.localeCompare(a.insight.date) || a.insight.text.localeCompare(b.insight.text));
}

export interface InsightFilter {
  status: InsightStatus | 'all';
  kind: InsightKind | 'all';
}

export function filterInsights<T extends { insight: Insight }>(items: readonly T[], filter: InsightFilter): T[] {
  return items.filter((item) => (filter.status === 'all' || item.insight.status === filter.status) && (filter.kind === 'all' || item.insight.kind === filter.kind));
}

/** Groups by theme (kind) in INSIGHT_KINDS order, keeping each group's order; empty themes are left out. */
export function groupInsightsByKind<T extends { insight: Insight }>(items: readonly T[]): Array<{ kind: InsightKind; items: T[] }> {
  return INSIGHT_KINDS.map((kind) => ({ kind, items: items.filter((item) => item.insight.kind === kind) })).filter((group) => group.items.length > 0);
}

export interface InsightDraft {
  partnerId: string | null;
  kind: InsightKind;
  text: string;
  weight: number;
  date: string;
  status: InsightStatus;
  response: string;
}

export function createInsight(workshopId: string, draft: InsightDraft, at: string): Insight {
  return { id: newId(), workshopId, createdAt: at, updatedAt: at, rev: 0, ...draft, text: draft.text.trim(), response: draft.response.trim() };
}

/** Adds an insight from the dialog's draft; the result is its id. */
export function putInsight(entities: WorkshopEntities, draft: InsightDraft, at: string = nowIso()): Outcome<string> {
  const insight = createInsight(entities.workshop.id, draft, at);
  return { entities: { ...entities, insights: { ...entities.insights, [insight.id]: insight } }, result: insight.id };
}

/** Changes some fields of an insight; nothing happens when none of them differs. */
export function editInsight(entities: WorkshopEntities, id: string, patch: Partial<InsightDraft>, at: string = nowIso()): WorkshopEntities {
  const current = entities.insights[id];
  if (!current || (Object.keys(patch) as Array<keyof InsightDraft>).every((key) => patch[key] === current[key])) return entities;
  return { ...entities, insights: { ...entities.insights, [id]: { ...current, ...patch, updatedAt: at } } };
}

export function removeInsight(entities: WorkshopEntities, id: string): WorkshopEntities {
  if (!entities.insights[id]) return entities;
  const { [id]: _gone, ...insights } = entities.insights;
  return { ...entities, insights };
}
