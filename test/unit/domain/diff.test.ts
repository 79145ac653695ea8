import { describe, expect, it } from 'vitest';
import { diffEntities, diffTouched, hasChanges, toBundle, toEntities, type EntityChanges, type WorkshopEntities } from '../../../src/domain';
import { fixedExample } from '../../fixtures/bundles';

const LATER = '2026-03-02T10:00:00.000Z';

function base(): WorkshopEntities {
  return toEntities(fixedExample());
}

function none(): EntityChanges {
  return { workshop: null, layout: null, put: {}, remove: {} };
}

describe('toEntities / toBundle', () => {
  it('keys every collection by ID and converts back to an equal bundle', () => {
    const bundle = fixedExample();
    const entities = toEntities(bundle);
    expect(Object.keys(entities.partners)).toEqual(bundle.partners.map((p) => p.id));
    expect(entities.notes[bundle.notes[3]!.id]).toBe(bundle.notes[3]);
    expect(toBundle(entities)).toStrictEqual(bundle);
  });
});

describe('diffEntities', () => {
  it('finds nothing between a snapshot and itself, or an equal re-keyed copy with the same records', () => {
    const a = base();
    expect(diffEntities(a, a)).toEqual(none());
    expect(hasChanges(diffEntities(a, a))).toBe(false);
    const b = { ...a, notes: { ...a.notes }, partners: { ...a.partners } };
    expect(diffEntities(a, b)).toEqual(none());
  });

  it('finds a changed record as a put, by reference', () => {
    const a = base();
    const [id, note] = Object.entries(a.notes)[2]!;
    const changed = { ...note, text: 'Changed', updatedAt: LATER };
    const b = { ...a, notes: { ...a.notes, [id]: changed } };
    const changes = diffEntities(a, b);
    expect(changes.put).toEqual({ notes: [changed] });
    expect(changes.put.notes![0]).toBe(changed);
    expect(changes.remove).toEqual({});
    expect(hasChanges(changes)).toBe(true);
  });

  it('finds an added record as a put and a deleted one as a remove', () => {
    const a = base();
    const [goneId] = Object.keys(a.insights);
    const added = { ...Object.values(a.partners)[0]!, id: 'p-new', name: 'New partner' };
    const { [goneId!]: _gone, ...insights } = a.insights;
    const b = { ...a, insights, partners: { ...a.partners, 'p-new': added } };
    const changes = diffEntities(a, b);
    expect(changes.put).toEqual({ partners: [added] });
    expect(changes.remove).toEqual({ insights: [goneId] });
    expect(changes.workshop).toBeNull();
    expect(changes.layout).toBeNull();
  });

  it('finds changes in several collections at once', () => {
    const a = base();
    const edgeIds = Object.keys(a.edges);
    const tier = Object.values(a.tiers)[1]!;
    const b = { ...a, edges: {}, tiers: { ...a.tiers, [tier.id]: { ...tier, name: 'Gold' } } };
    const changes = diffEntities(a, b);
    expect(changes.remove.edges).toEqual(edgeIds);
    expect(changes.put.tiers).toEqual([{ ...tier, name: 'Gold' }]);
    expect(Object.keys(changes.put)).toEqual(['tiers']);
  });

  it('reports the workshop and the layout only when their objects changed', () => {
    const a = base();
    const workshop = { ...a.workshop, title: 'Renamed' };
    const layout = { ...a.layout, positions: { ...a.layout.positions, [a.workshop.id]: { x: 5, y: 5 } } };
    expect(diffEntities(a, { ...a, workshop })).toEqual({ ...none(), workshop });
    expect(diffEntities(a, { ...a, layout })).toEqual({ ...none(), layout });
  });

  it('sees removals in plain (prototype-carrying) objects even for IDs like "constructor"', () => {
    const bundle = fixedExample();
    bundle.tiers[0]!.id = 'constructor';
    for (const p of bundle.partners) if (p.tierId === bundle.tiers[0]!.id) p.tierId = 'constructor';
    const a = { ...toEntities(bundle), tiers: { ...toEntities(bundle).tiers } };
    const { constructor: _removed, ...rest } = a.tiers as Record<string, unknown>;
    const b = { ...a, tiers: rest as WorkshopEntities['tiers'] };
    expect(diffEntities(a, b).remove).toEqual({ tiers: ['constructor'] });
    expect(diffEntities(b, a).put).toEqual({ tiers: [bundle.tiers[0]] });
  });
});

describe('diffTouched', () => {
  it('finds what diffEntities finds, looking only at the records a commit said it touched', () => {
    const a = base();
    const [n1, n2] = Object.values(a.notes);
    const { [n1!.id]: _gone, ...rest } = a.notes;
    const b = { ...a, notes: { ...rest, [n2!.id]: { ...n2!, text: 'edited' } }, workshop: { ...a.workshop, title: 'Renamed' } };
    const touched = new Map([
      ['notes', new Set([n1!.id, n2!.id, 'never-existed'])],
      ['workshop', new Set([a.workshop.id])],
    ] as const) as Parameters<typeof diffTouched>[2];
    expect(diffTouched(a, b, touched)).toEqual(diffEntities(a, b));
    expect(hasChanges(diffTouched(b, b, touched))).toBe(false);
  });
});
