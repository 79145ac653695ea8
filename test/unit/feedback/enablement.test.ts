import { describe, expect, it } from 'vitest';
import {
  addMonths,
  checklistCompletion,
  CHECKLIST_TEMPLATES,
  createChecklist,
  createEnablement,
  dueEngagements,
  dueState,
  nextDueDate,
  toEntities,
  type EngagementRhythm,
} from '../../../src/domain';
import { counterIds, fixedExample } from '../../fixtures/bundles';

describe('onboarding checklists', () => {
  it('are generated from the partner type, with fresh IDs and nothing ticked', () => {
    const channel = createChecklist('channel', counterIds('i'));
    expect(channel.map((i) => i.label)).toEqual(['Positioning and messaging', 'Pricing and commissions', 'Deal registration', 'Lead qualification']);
    expect(channel.map((i) => i.id)).toEqual(['i-0001', 'i-0002', 'i-0003', 'i-0004']);
    expect(channel.every((i) => !i.done && i.doneAt === undefined)).toBe(true);
    expect(createChecklist('technology').map((i) => i.label)).toEqual(['API access', 'Technical documentation', 'Integration certification', 'CRM integration']);
    expect(createChecklist('innovation').map((i) => i.label)).toEqual(['Roadmap briefing', 'Joint team set up', 'IP and data-sharing terms']);
  });

  it('a new plan uses the partner’s type and workshop, and starts with no meeting held', () => {
    const partner = fixedExample().partners.find((p) => p.type === 'innovation')!;
    const plan = createEnablement(partner, '2026-05-01T10:00:00.000Z');
    expect(plan).toMatchObject({ partnerId: partner.id, workshopId: partner.workshopId, rhythm: { kind: 'qbr-quarterly', lastDate: '' } });
    expect(plan.checklist.map((i) => i.label)).toEqual(CHECKLIST_TEMPLATES.innovation);
  });

  it('completion is the rounded share of ticked items; an empty list is 0 %', () => {
    const items = createChecklist('innovation');
    expect(checklistCompletion(items)).toBe(0);
    expect(checklistCompletion(items.map((i, n) => ({ ...i, done: n < 2 })))).toBe(67);
    expect(checklistCompletion(items.map((i) => ({ ...i, done: true })))).toBe(100);
    expect(checklistCompletion([])).toBe(0);
  });
});

describe('engagement due dates', () => {
  const rhythm = (kind: EngagementRhythm['kind'], lastDate: string, intervalDays = 42): EngagementRhythm => ({ kind, lastDate, intervalDays });

  it('adds three months for a QBR, one for a check-in and the interval for custom', () => {
    expect(nextDueDate(rhythm('qbr-quarterly', '2026-01-15'), '2026-01-01')).toBe('2026-04-15');
    expect(nextDueDate(rhythm('monthly-checkin', '2026-01-31'), '2026-01-01')).toBe('2026-02-28');
    expect(nextDueDate(rhythm('monthly-checkin', '2028-01-31'), '2026-01-01')).toBe('2028-02-29');
    expect(nextDueDate(rhythm('custom', '2026-12-20', 20), '2026-01-01')).toBe('2027-01-09');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
  });

  it('with no meeting held, the first one is due from the plan’s start', () => {
    expect(nextDueDate(rhythm('qbr-quarterly', ''), '2026-03-02T09:00:00.000Z')).toBe('2026-03-02');
  });

  it('classifies overdue, due within two weeks, and planned', () => {
    expect(dueState('2026-03-01', '2026-03-02')).toBe('overdue');
    expect(dueState('2026-03-02', '2026-03-02')).toBe('due');
    expect(dueState('2026-03-16', '2026-03-02')).toBe('due');
    expect(dueState('2026-03-17', '2026-03-02')).toBe('planned');
  });

  it('lists the portfolio’s due engagements, overdue first, skipping retired partners', () => {
    const bundle = fixedExample('ex', '2026-03-02T09:00:00.000Z');
    const entities = toEntities(bundle);
    const due = dueEngagements(entities, '2026-03-02');
    expect(due.length).toBeGreaterThan(2);
    expect(due.every((d) => d.state !== 'planned')).toBe(true);
    expect(due.map((d) => d.nextDate)).toEqual([...due.map((d) => d.nextDate)].sort());
    const meridian = due.find((d) => d.partnerName === 'Meridian Resellers')!;
    expect(meridian).toMatchObject({ state: 'overdue', kind: 'qbr-quarterly', lastDate: '2025-11-22', nextDate: '2026-02-22', daysUntil: -8 });
    const all = dueEngagements(entities, '2026-03-02', true);
    expect(all.length).toBe(bundle.enablement.length);

    const retiredId = meridian.partnerId;
    const retired = { ...entities, partners: { ...entities.partners, [retiredId]: { ...entities.partners[retiredId]!, status: 'retired' as const } } };
    expect(dueEngagements(retired, '2026-03-02').some((d) => d.partnerId === retiredId)).toBe(false);
  });
});
