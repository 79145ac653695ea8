import type { WorkshopEntities } from './bundle';
import { newId } from './ids';
import type { ChecklistItem, EngagementRhythm, Partner, PartnerEnablement, PartnerType, RhythmKind } from './records';

/** Role-specific onboarding: what each kind of partner needs before it can work with us. */
export const CHECKLIST_TEMPLATES: Record<PartnerType, readonly string[]> = {
  channel: ['Positioning and messaging', 'Pricing and commissions', 'Deal registration', 'Lead qualification'],
  technology: ['API access', 'Technical documentation', 'Integration certification', 'CRM integration'],
  innovation: ['Roadmap briefing', 'Joint team set up', 'IP and data-sharing terms'],
};

export const RHYTHM_LABELS: Record<RhythmKind, string> = {
  'qbr-quarterly': 'Quarterly business review',
  'monthly-checkin': 'Monthly check-in',
  custom: 'Custom interval',
};

export const DEFAULT_CUSTOM_INTERVAL_DAYS = 42;
/** An engagement is "due" this many days before its date. */
export const DUE_SOON_DAYS = 14;

export function createChecklist(type: PartnerType, makeId: () => string = newId): ChecklistItem[] {
  return CHECKLIST_TEMPLATES[type].map((label) => ({ id: makeId(), label, done: false }));
}

/** A fresh plan for a partner: its type's checklist and a rhythm (strategic-looking statuses start quarterly). */
export function createEnablement(partner: Partner, at: string, kind: RhythmKind = 'qbr-quarterly'): PartnerEnablement {
  return {
    id: newId(),
    workshopId: partner.workshopId,
    partnerId: partner.id,
    createdAt: at,
    updatedAt: at,
    rev: 0,
    checklist: createChecklist(partner.type),
    rhythm: { kind, intervalDays: DEFAULT_CUSTOM_INTERVAL_DAYS, lastDate: '' },
  };
}

/** Share of ticked items, 0–100, rounded; an empty checklist is 0 % (nothing planned is nothing done). */
export function checklistCompletion(checklist: readonly ChecklistItem[]): number {
  if (checklist.length === 0) return 0;
  return Math.round((checklist.filter((item) => item.done).length / checklist.length) * 100);
}

function parseDay(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

function formatDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  const d = parseDay(day);
  d.setUTCDate(d.getUTCDate() + days);
  return formatDay(d);
}

/** Adds calendar months, clamping to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(day: string, months: number): string {
  const d = parseDay(day);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return formatDay(target);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((parseDay(to).getTime() - parseDay(from).getTime()) / 86_400_000);
}

/** The next meeting: last + the rhythm's interval; with no meeting yet, it is due from the plan's start. */
export function nextDueDate(rhythm: EngagementRhythm, planStart: string): string {
  if (!rhythm.lastDate) return planStart.slice(0, 10);
  if (rhythm.kind === 'qbr-quarterly') return addMonths(rhythm.lastDate, 3);
  if (rhythm.kind === 'monthly-checkin') return addMonths(rhythm.lastDate, 1);
  return addDays(rhythm.lastDate, rhythm.intervalDays);
}

export type DueState = 'overdue' | 'due' | 'planned';

export function dueState(nextDate: string, today: string): DueState {
  const days = daysBetween(today, nextDate);
  if (days < 0) return 'overdue';
  return days <= DUE_SOON_DAYS ? 'due' : 'planned';
}

export interface DueEngagement {
  partnerId: string;
  partnerName: string;
  enablementId: string;
  kind: RhythmKind;
  lastDate: string;
  nextDate: string;
  state: DueState;
  /** Negative when overdue. */
  daysUntil: number;
}

/** Every partner's next engagement, overdue first, then by date; `includePlanned` adds the ones not yet due. */
export function dueEngagements(
  entities: Pick<WorkshopEntities, 'partners' | 'enablement'>,
  today: string,
  includePlanned = false,
): DueEngagement[] {
  const out: DueEngagement[] = [];
  for (const plan of Object.values(entities.enablement)) {
    const partner = entities.partners[plan.partnerId];
    if (!partner || partner.status === 'retired') continue;
    const nextDate = nextDueDate(plan.rhythm, plan.createdAt);
    const state = dueState(nextDate, today);
    if (state === 'planned' && !includePlanned) continue;
    out.push({
      partnerId: partner.id,
      partnerName: partner.name,
      enablementId: plan.id,
      kind: plan.rhythm.kind,
      lastDate: plan.rhythm.lastDate,
      nextDate,
      state,
      daysUntil: daysBetween(today, nextDate),
    });
  }
  return out.sort((a, b) => a.nextDate.localeCompare(b.nextDate) || a.partnerName.localeCompare(b.partnerName));
}

export function enablementFor(entities: Pick<WorkshopEntities, 'enablement'>, partnerId: string): PartnerEnablement | undefined {
  return Object.values(entities.enablement).find((plan) => plan.partnerId === partnerId);
}
