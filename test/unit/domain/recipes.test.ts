import { describe, expect, it } from 'vitest';
import {
  addChecklistItem,
  addPartners,
  draftFromPartner,
  editInsight,
  putInsight,
  putPartner,
  removeChecklistItem,
  removeInsight,
  renameChecklistItem,
  setChecklistItemDone,
  setEngagementRhythm,
  setMetric,
  startEnablement,
  toEntities,
  updateWorkshopSettings,
  type InsightDraft,
} from '../../../src/domain';
import { fixedExample } from '../../fixtures/bundles';

const AT = '2026-04-01T10:00:00.000Z';
const base = () => toEntities(fixedExample('rc'));

describe('enablement recipes', () => {
  const planOf = (e: ReturnType<typeof base>) => Object.values(e.enablement)[0]!;

  it('starts a plan from the partner type’s checklist, once', () => {
    const e = base();
    const partner = Object.values(e.partners).find((p) => !Object.values(e.enablement).some((plan) => plan.partnerId === p.id))!;
    const started = startEnablement(e, partner.id, AT);
    const plan = Object.values(started.enablement).find((p) => p.partnerId === partner.id)!;
    expect(plan).toMatchObject({ workshopId: e.workshop.id, createdAt: AT, rev: 0 });
    expect(plan.checklist.length).toBeGreaterThan(0);
    expect(startEnablement(started, partner.id, AT)).toBe(started);
    expect(startEnablement(e, 'nobody', AT)).toBe(e);
  });

  it('ticks, renames, adds and removes checklist items, stamping the plan', () => {
    const e = base();
    const plan = planOf(e);
    const [first, second] = plan.checklist;
    const ticked = setChecklistItemDone(e, plan.id, first!.id, true, '2026-04-01', AT);
    expect(ticked.enablement[plan.id]!.checklist[0]).toMatchObject({ done: true, doneAt: '2026-04-01' });
    expect(ticked.enablement[plan.id]!.updatedAt).toBe(AT);
    expect(setChecklistItemDone(ticked, plan.id, first!.id, false, '2026-04-02', AT).enablement[plan.id]!.checklist[0]).not.toHaveProperty('doneAt');

    expect(renameChecklistItem(e, plan.id, second!.id, `  ${second!.label} `, AT)).toBe(e);
    expect(renameChecklistItem(e, plan.id, second!.id, '   ', AT)).toBe(e);
    expect(renameChecklistItem(e, plan.id, second!.id, 'Kick-off', AT).enablement[plan.id]!.checklist[1]!.label).toBe('Kick-off');

    const added = addChecklistItem(e, plan.id, ' Joint demo ', AT).enablement[plan.id]!.checklist;
    expect(added.at(-1)).toMatchObject({ label: 'Joint demo', done: false });
    expect(addChecklistItem(e, plan.id, '', AT)).toBe(e);

    const removed = removeChecklistItem(e, plan.id, first!.id, AT);
    expect(removed.result).toEqual(first);
    expect(removed.entities.enablement[plan.id]!.checklist.map((i) => i.id)).toEqual(plan.checklist.slice(1).map((i) => i.id));
    expect(removeChecklistItem(e, plan.id, 'nothing', AT)).toEqual({ entities: e, result: null });
  });

  it('changes the engagement rhythm', () => {
    const e = base();
    const plan = planOf(e);
    const next = setEngagementRhythm(e, plan.id, { kind: 'custom', intervalDays: 30 }, AT).enablement[plan.id]!;
    expect(next.rhythm).toEqual({ ...plan.rhythm, kind: 'custom', intervalDays: 30 });
    expect(setEngagementRhythm(e, 'no-plan', { kind: 'custom' }, AT)).toBe(e);
  });
});

describe('insight recipes', () => {
  const draft: InsightDraft = { partnerId: null, kind: 'market-gap', text: ' Retail wants offline mode ', weight: 3, date: '2026-04-01', status: 'new', response: '' };

  it('adds one and returns its id; edits only what differs; removes it', () => {
    const e = base();
    const { entities: added, result: id } = putInsight(e, draft, AT);
    expect(added.insights[id]).toMatchObject({ text: 'Retail wants offline mode', createdAt: AT, workshopId: e.workshop.id });
    expect(editInsight(added, id, { weight: 3, status: 'new' }, AT)).toBe(added);
    expect(editInsight(added, id, { status: 'planned' }, AT).insights[id]).toMatchObject({ status: 'planned', updatedAt: AT });
    expect(editInsight(added, 'gone', { status: 'planned' }, AT)).toBe(added);
    expect(removeInsight(added, id).insights[id]).toBeUndefined();
    expect(removeInsight(e, 'gone')).toBe(e);
  });
});

describe('metric recipe', () => {
  it('creates an entry, changes one value, and removes an entry left with no values', () => {
    const e = base();
    const partner = Object.values(e.partners)[0]!;
    const created = setMetric(e, partner.id, '2031-Q1', 'engagement', 70, AT);
    const entry = Object.values(created.metrics).find((m) => m.period === '2031-Q1')!;
    expect(entry).toMatchObject({ partnerId: partner.id, createdAt: AT, values: { engagement: 70, dealWinRate: null } });
    expect(setMetric(created, partner.id, '2031-Q1', 'engagement', 70, AT)).toBe(created);
    expect(setMetric(e, partner.id, '2031-Q1', 'engagement', null, AT)).toBe(e);
    expect(setMetric(created, partner.id, '2031-Q1', 'dealWinRate', 40, AT).metrics[entry.id]!.values).toMatchObject({ engagement: 70, dealWinRate: 40 });
    expect(setMetric(created, partner.id, '2031-Q1', 'engagement', null, AT).metrics[entry.id]).toBeUndefined();
  });
});

describe('partner recipes', () => {
  it('saves the form as a new partner or over the edited one, returning its id', () => {
    const e = base();
    const partner = Object.values(e.partners)[0]!;
    const edited = putPartner(e, { ...draftFromPartner(partner), owner: ' Ana ' }, partner.id, AT);
    expect(edited.result).toBe(partner.id);
    expect(edited.entities.partners[partner.id]).toMatchObject({ owner: 'Ana', createdAt: partner.createdAt, updatedAt: AT });
    const added = putPartner(e, { ...draftFromPartner(partner), name: 'Brand new' }, null, AT);
    expect(added.result).not.toBe(partner.id);
    expect(added.entities.partners[added.result]).toMatchObject({ name: 'Brand new', createdAt: AT, workshopId: e.workshop.id });
  });

  it('adds imported partners as this workshop’s, and changes the workshop’s settings', () => {
    const e = base();
    const partner = { ...Object.values(e.partners)[0]!, id: 'csv-1', workshopId: 'elsewhere' };
    expect(addPartners(e, [partner]).partners['csv-1']?.workshopId).toBe(e.workshop.id);
    expect(addPartners(e, [])).toBe(e);
    const settings = updateWorkshopSettings(e, { noiseThreshold: 3 }, AT).workshop;
    expect(settings).toMatchObject({ noiseThreshold: 3, updatedAt: AT, title: e.workshop.title });
  });
});
