import { describe, expect, it } from 'vitest';
import { dueEngagements, reassignIds, restoreBundle, toEntities, type WorkshopBundle } from '../../../src/domain';
import { clone, counterIds, fixedExample } from '../../fixtures/bundles';

function restored(input: unknown, repair = false) {
  return restoreBundle(input, { repair });
}

describe('enablement and metrics in the workshop bundle', () => {
  it('loads older bundles that have neither collection as empty ones', () => {
    const { enablement: _e, metrics: _m, ...old } = clone(fixedExample());
    const result = restored(old);
    expect(result).toMatchObject({ ok: true, repairs: [] });
    if (result.ok) expect([result.bundle.enablement, result.bundle.metrics]).toEqual([[], []]);
  });

  it('the example has plans for several partners (one overdue) and quarters of metrics for most partners', () => {
    const bundle = fixedExample('ex', '2026-03-02T09:00:00.000Z');
    expect(restored(bundle)).toMatchObject({ ok: true, repairs: [] });
    expect(bundle.enablement.length).toBeGreaterThanOrEqual(5);
    expect(bundle.enablement.some((e) => e.checklist.some((i) => i.done) && e.checklist.some((i) => !i.done))).toBe(true);
    const due = dueEngagements(toEntities(bundle), '2026-03-02');
    expect(due.some((d) => d.state === 'overdue')).toBe(true);
    const partnersWithMetrics = new Set(bundle.metrics.map((m) => m.partnerId));
    expect(partnersWithMetrics.size).toBeGreaterThan(bundle.partners.length / 2);
    expect(new Set(bundle.metrics.map((m) => m.period))).toEqual(new Set(['2025-Q2', '2025-Q3', '2025-Q4']));
  });

  it('refuses dangling partners in a file and drops them when repairing storage', () => {
    const input = clone(fixedExample());
    input.enablement[0]!.partnerId = 'gone';
    input.metrics[1]!.partnerId = 'gone';
    const strict = restored(input);
    expect(strict.ok).toBe(false);
    if (!strict.ok) {
      expect(strict.errors).toContain('enablement[0].partnerId: refers to partner "gone", which is not in the file');
      expect(strict.errors).toContain('metrics[1].partnerId: refers to partner "gone", which is not in the file');
    }
    const repaired = restored(input, true);
    expect(repaired.ok).toBe(true);
    if (repaired.ok) {
      expect(repaired.bundle.enablement).toHaveLength(input.enablement.length - 1);
      expect(repaired.bundle.metrics).toHaveLength(input.metrics.length - 1);
      expect(repaired.repairs).toHaveLength(2);
    }
  });

  it('refuses a second plan for a partner or a period entered twice; repair keeps the newest', () => {
    const input = clone(fixedExample());
    const twin = { ...clone(input.metrics[0]!), id: 'twin', updatedAt: '2030-01-01T00:00:00.000Z' };
    input.metrics.push(twin);
    input.enablement.push({ ...clone(input.enablement[0]!), id: 'twin-plan' });
    const strict = restored(input);
    expect(strict.ok).toBe(false);
    if (!strict.ok) expect(strict.errors.join('\n')).toMatch(/second enablement plan[\s\S]*entered twice|entered twice[\s\S]*second enablement plan/);
    const repaired = restored(input, true);
    if (!repaired.ok) throw new Error(repaired.errors.join('; '));
    expect(repaired.bundle.metrics.find((m) => m.id === 'twin')).toBeDefined();
    expect(repaired.bundle.metrics.find((m) => m.id === input.metrics[0]!.id)).toBeUndefined();
    expect(repaired.bundle.enablement.filter((e) => e.partnerId === input.enablement[0]!.partnerId)).toHaveLength(1);
  });

  it.each([
    ['a period that is neither quarter nor month', (b: WorkshopBundle) => (b.metrics[0]!.period = '2026-Q5'), 'metrics[0].period'],
    ['a win rate over 100 %', (b: WorkshopBundle) => (b.metrics[0]!.values.dealWinRate = 140), 'metrics[0].values.dealWinRate'],
    ['an infinite revenue', (b: WorkshopBundle) => (b.metrics[0]!.values.partnerRevenue = Infinity), 'metrics[0].values.partnerRevenue'],
    ['fractional joint opportunities', (b: WorkshopBundle) => (b.metrics[0]!.values.jointOpportunities = 1.5), 'metrics[0].values.jointOpportunities'],
    ['a missing metric value', (b: WorkshopBundle) => delete (b.metrics[0]!.values as Partial<Record<string, unknown>>).engagement, 'metrics[0].values.engagement'],
    ['an empty checklist label', (b: WorkshopBundle) => (b.enablement[0]!.checklist[0]!.label = ''), 'enablement[0].checklist[0].label'],
    ['a zero-day interval', (b: WorkshopBundle) => (b.enablement[0]!.rhythm.intervalDays = 0), 'enablement[0].rhythm.intervalDays'],
    ['an unknown rhythm', (b: WorkshopBundle) => ((b.enablement[0]!.rhythm as { kind: string }).kind = 'weekly'), 'enablement[0].rhythm.kind'],
  ])('rejects %s', (_name, breakIt, path) => {
    const input = clone(fixedExample());
    breakIt(input);
    const result = restored(input, true);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toContain(path);
  });

  it('reassignIds rewires partner references and checklist item IDs', () => {
    const original = fixedExample();
    const copy = reassignIds(original, counterIds('cp'), '2026-04-01T00:00:00.000Z');
    expect(restored(copy)).toMatchObject({ ok: true, repairs: [] });
    const partnerIds = new Set(copy.partners.map((p) => p.id));
    for (const r of [...copy.enablement, ...copy.metrics]) expect(partnerIds.has(r.partnerId)).toBe(true);
    const itemIds = copy.enablement.flatMap((e) => e.checklist.map((i) => i.id));
    expect(itemIds.every((id) => id.startsWith('cp-'))).toBe(true);
  });
});
