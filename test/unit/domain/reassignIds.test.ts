import { describe, expect, it } from 'vitest';
import { reassignIds, restoreBundle, type WorkshopBundle } from '../../../src/domain';
import { clone, counterIds, fixedExample } from '../../fixtures/bundles';

const AT = '2026-04-01T10:00:00.000Z';

function allIds(b: WorkshopBundle): string[] {
  return [b.workshop.id, ...[b.tiers, b.partners, b.canvases, b.notes, b.edges, b.insights].flat().map((r) => r.id)];
}

function references(b: WorkshopBundle): string[] {
  return [
    ...[b.tiers, b.partners, b.canvases, b.notes, b.edges, b.insights].flat().map((r) => r.workshopId),
    b.layout.workshopId,
    ...b.partners.map((p) => p.tierId),
    ...b.canvases.map((c) => c.partnerId),
    ...b.insights.map((i) => i.partnerId),
    ...b.notes.map((n) => n.canvasId),
    ...b.edges.flatMap((e) => [e.from, e.to]),
    ...Object.keys(b.layout.positions),
  ].filter((id): id is string => id !== null);
}

describe('reassignIds', () => {
  it('gives every record a new ID, none shared with the input, all distinct', () => {
    const input = fixedExample();
    const out = reassignIds(input, counterIds('new'), AT);
    const before = new Set(allIds(input));
    const after = allIds(out);
    expect(new Set(after).size).toBe(after.length);
    expect(after.length).toBe(before.size);
    for (const id of after) expect(before.has(id)).toBe(false);
    for (const id of references(out)) expect(before.has(id)).toBe(false);
  });

  it('keeps every reference consistent: the result restores strictly, unrepaired', () => {
    const out = reassignIds(fixedExample(), undefined, AT);
    const result = restoreBundle(out, { repair: false });
    expect(result).toMatchObject({ ok: true, repairs: [] });
  });

  it('rewires each reference to the new ID of the same record', () => {
    const input = fixedExample();
    const out = reassignIds(input, counterIds('new'), AT);
    const map = new Map(allIds(input).map((id, i) => [id, allIds(out)[i]!]));
    const mapped = references(input).map((id) => map.get(id));
    expect(references(out)).toEqual(mapped);
    // a spot check by name, independent of the helper above
    const helix = out.partners.find((p) => p.name === 'Helix CRM')!;
    const strategic = out.tiers.find((t) => t.name === 'Strategic')!;
    expect(helix.tierId).toBe(strategic.id);
    expect(out.canvases.find((c) => c.title === 'Helix CRM partnership')!.partnerId).toBe(helix.id);
    expect(out.edges.find((e) => e.label === 'CRM integration')).toMatchObject({ from: out.workshop.id, to: helix.id });
  });

  it('keeps content, order and positions, and restamps the times', () => {
    const input = fixedExample();
    const out = reassignIds(input, counterIds('new'), AT);
    expect(out.workshop).toEqual({ ...input.workshop, id: out.workshop.id, createdAt: AT, updatedAt: AT });
    expect(out.notes.map((n) => [n.text, n.field, n.votes, n.x, n.y])).toEqual(input.notes.map((n) => [n.text, n.field, n.votes, n.x, n.y]));
    expect(out.partners.map((p) => p.name)).toEqual(input.partners.map((p) => p.name));
    expect(Object.values(out.layout.positions)).toEqual(Object.values(input.layout.positions));
    for (const r of [out.workshop, ...out.tiers, ...out.partners, ...out.notes, ...out.edges]) expect([r.createdAt, r.updatedAt]).toEqual([AT, AT]);
    expect(out.layout.updatedAt).toBe(AT);
  });

  it('leaves the input untouched, and the copy shares no mutable parts with it', () => {
    const input = fixedExample();
    const snapshot = clone(input);
    const out = reassignIds(input, counterIds('new'), AT);
    expect(input).toStrictEqual(snapshot);
    out.partners[0]!.tags.push('changed');
    out.partners[0]!.scores.alignment = 1;
    out.tiers[0]!.successCriteria.length = 0;
    out.workshop.objectives.pop();
    out.workshop.scoreWeights.culture = 9;
    Object.values(out.layout.positions)[0]!.x = -999;
    expect(input).toStrictEqual(snapshot);
  });

  it('is used for duplicates: two calls give two disjoint ID sets', () => {
    const input = fixedExample();
    const a = allIds(reassignIds(input, undefined, AT));
    const b = new Set(allIds(reassignIds(input, undefined, AT)));
    expect(a.some((id) => b.has(id))).toBe(false);
  });
});
