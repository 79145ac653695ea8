import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../../src/domain/bundle';
import { partnerReferences, removePartner, type PartnerReferences } from '../../../src/domain/portfolioDelete';
import { changesBetween, revertChanges } from '../../../src/domain/changes';
import { AT, example, partnerNamed } from './helpers';

const hasReferences = (refs: PartnerReferences) => refs.canvases.length + refs.edges.length + refs.insights.length + refs.owned.length > 0 || refs.hasMapPosition;

describe('deleting a partner', () => {
  it('lists what refers to it: canvases, map edges, insights, map position', () => {
    const entities = example();
    const helix = partnerNamed(entities, 'Helix CRM');
    const withPosition = { ...entities, layout: { ...entities.layout, positions: { [helix.id]: { x: 10, y: 20 } } } };
    const refs = partnerReferences(withPosition, helix.id);
    expect(refs.canvases.map((c) => c.title)).toEqual(['Helix CRM partnership']);
    expect(refs.edges.map((e) => e.label).sort()).toEqual(['CRM integration', 'Identity sync']);
    expect(refs.insights).toHaveLength(1);
    expect(refs.hasMapPosition).toBe(true);
    expect(hasReferences(refs)).toBe(true);
    const loner = { ...partnerNamed(entities, 'Pinnacle Events'), id: 'loner', name: 'Loner' };
    expect(hasReferences(partnerReferences({ ...entities, partners: { ...entities.partners, loner } }, 'loner'))).toBe(false);
  });

  it('unlinks canvases and insights, removes edges and the position, all in one new state', () => {
    const entities = example();
    const helix = partnerNamed(entities, 'Helix CRM');
    const before = { ...entities, layout: { ...entities.layout, positions: { [helix.id]: { x: 10, y: 20 }, other: { x: 1, y: 1 } } } };
    const refs = partnerReferences(before, helix.id);
    const after = removePartner(before, helix.id, AT);
    expect(after.partners[helix.id]).toBeUndefined();
    for (const c of refs.canvases) expect(after.canvases[c.id]).toMatchObject({ partnerId: null, updatedAt: AT, title: c.title });
    for (const i of refs.insights) expect(after.insights[i.id]).toMatchObject({ partnerId: null, text: i.text });
    for (const e of refs.edges) expect(after.edges[e.id]).toBeUndefined();
    expect(Object.keys(after.layout.positions)).toEqual(['other']);
    expect(Object.values(after.edges).some((e) => e.from === helix.id || e.to === helix.id)).toBe(false);
    expect(Object.keys(after.notes)).toEqual(Object.keys(before.notes));
    expect(before.partners[helix.id]).toBe(helix);
    for (const collection of COLLECTIONS) {
      const records = Object.values(after[collection] as Record<string, { partnerId?: unknown }>);
      if (collection !== 'partners') expect(records.some((r) => r.partnerId === helix.id), collection).toBe(false);
    }
  });

  it('leaves untouched collections as the same objects (so only changed records are written)', () => {
    const entities = example();
    const pinnacle = partnerNamed(entities, 'Pinnacle Events');
    expect(partnerReferences(entities, pinnacle.id)).toMatchObject({ canvases: [], edges: [], insights: [] });
    const after = removePartner(entities, pinnacle.id, AT);
    expect(after.canvases).toBe(entities.canvases);
    expect(after.edges).toBe(entities.edges);
    expect(after.insights).toBe(entities.insights);
    expect(removePartner(after, pinnacle.id, AT)).toBe(after);
  });

  it('can be taken back after other edits without losing them', () => {
    const before = example();
    const helix = partnerNamed(before, 'Helix CRM');
    const after = removePartner(before, helix.id, AT);
    const quill = partnerNamed(after, 'Quill Docs');
    const later = { ...after, partners: { ...after.partners, [quill.id]: { ...quill, owner: 'Ana' } } };
    const restored = revertChanges(later, changesBetween(before, after), AT);
    expect(restored.partners[helix.id]).toBe(helix);
    expect(restored.partners[quill.id]?.owner).toBe('Ana');
    expect(restored.edges).toEqual(before.edges);
    expect(restored.canvases).toEqual(before.canvases);
    expect(restored.insights).toEqual(before.insights);
  });
});
