import { describe, expect, it } from 'vitest';
import {
  ALL_FILTERS,
  addMapEdge,
  applyPartnerMoves,
  clearManualPositions,
  createExampleWorkshop,
  layoutEcosystem,
  matchesFilters,
  neighbourhood,
  removeMapEdges,
  searchPartners,
  toEntities,
  updateMapEdge,
  type WorkshopEntities,
} from '../../../src/domain';
import { newFlowCache, partnerNodeData, reuseEdges, reuseNodes, toFlowEdges, toFlowNodes, type MapViewState } from '../../../src/features/map/flowModel';
import { fitViewport, sectorLabels } from '../../../src/features/map/mapView';

const AT = '2026-03-02T09:00:00.000Z';
const NO_VIEW: MapViewState = { hidden: new Set(), near: null, selectedNodeId: null, selectedEdgeId: null };

function example(): WorkshopEntities {
  return toEntities(createExampleWorkshop(AT));
}
const byName = (e: WorkshopEntities, name: string) => Object.values(e.partners).find((p) => p.name === name)!;

describe('map edits', () => {
  it('saves a drop as a manual position and moves the partner to the ring it was dropped on', () => {
    const e = example();
    const pinnacle = byName(e, 'Pinnacle Events');
    const strategic = Object.values(e.tiers).find((t) => t.name === 'Strategic')!;
    const next = applyPartnerMoves(e, [{ id: pinnacle.id, position: { x: 10.4, y: -200.6 }, tierId: strategic.id }], AT);
    // Dropped on top of Meridian Resellers' new place: it takes the nearest free spot, in whole units.
    const spot = next.layout.positions[pinnacle.id]!;
    expect(Number.isInteger(spot.x) && Number.isInteger(spot.y)).toBe(true);
    expect(next.partners[pinnacle.id]!.tierId).toBe(strategic.id);
    expect(next.partners[byName(e, 'Helix CRM').id]).toBe(e.partners[byName(e, 'Helix CRM').id]);
    const moved = applyPartnerMoves(e, [{ id: pinnacle.id, position: { x: 1000.4, y: 2.6 } }], AT);
    expect(moved.partners).toBe(e.partners);
    expect(moved.layout.positions[pinnacle.id]).toEqual({ x: 1000, y: 3 });
    expect(clearManualPositions(next, AT).layout.positions).toEqual({});
    expect(clearManualPositions(e, AT)).toBe(e);
  });

  it('adds, updates and removes value exchanges between map nodes only', () => {
    const e = example();
    const helix = byName(e, 'Helix CRM').id;
    const fields = { kind: 'data' as const, label: '  Usage data  ', bidirectional: true };
    const { entities, result: edge } = addMapEdge(e, e.workshop.id, helix, fields, AT);
    expect(edge).toMatchObject({ from: e.workshop.id, to: helix, kind: 'data', label: 'Usage data', bidirectional: true });
    expect(addMapEdge(e, helix, helix, fields, AT).result).toBeNull();
    expect(addMapEdge(e, helix, 'nobody', fields, AT).result).toBeNull();
    const updated = updateMapEdge(entities, edge!.id, { ...fields, label: 'Usage data', bidirectional: false }, AT);
    expect(updated.edges[edge!.id]!.bidirectional).toBe(false);
    expect(updateMapEdge(updated, edge!.id, { kind: 'data' }, AT)).toBe(updated);
    expect(removeMapEdges(updated, [edge!.id]).edges[edge!.id]).toBeUndefined();
  });
});

describe('map focus', () => {
  it('filters by type, tier (including no tier) and status', () => {
    const e = example();
    const known = new Set(Object.keys(e.tiers));
    const helix = byName(e, 'Helix CRM');
    expect(matchesFilters(helix, ALL_FILTERS, known)).toBe(true);
    expect(matchesFilters(helix, { ...ALL_FILTERS, types: ['channel'] }, known)).toBe(false);
    expect(matchesFilters(helix, { ...ALL_FILTERS, tier: helix.tierId }, known)).toBe(true);
    expect(matchesFilters(helix, { ...ALL_FILTERS, tier: null }, known)).toBe(false);
    expect(matchesFilters({ ...helix, tierId: 'gone' }, { ...ALL_FILTERS, tier: null }, known)).toBe(true);
    expect(matchesFilters(helix, { ...ALL_FILTERS, status: 'at-risk' }, known)).toBe(false);
  });

  it('finds the neighbourhood and searches names without case or accents', () => {
    const e = example();
    const near = neighbourhood(Object.values(e.edges), byName(e, 'Helix CRM').id);
    expect([...near].map((id) => e.partners[id]?.name ?? 'org').sort()).toEqual(['Beacon Identity', 'Helix CRM', 'org']);
    expect(searchPartners(Object.values(e.partners), 'WISLA').map((p) => p.name)).toEqual(['Wisła Data Group']);
    expect(searchPartners(Object.values(e.partners), 'data').map((p) => p.name)).toEqual(['Wisła Data Group']);
    expect(searchPartners(Object.values(e.partners), '  ')).toEqual([]);
  });
});

describe('domain → React Flow', () => {
  it('makes one node per partner plus the organisation, with display data and the view applied', () => {
    const e = example();
    const partners = Object.values(e.partners);
    const layout = layoutEcosystem({ workshop: e.workshop, tiers: Object.values(e.tiers), partners });
    const cache = new WeakMap();
    const data = partnerNodeData(partners, Object.values(e.tiers), e.workshop, cache);
    const helix = byName(e, 'Helix CRM');
    expect(data.get(helix.id)).toMatchObject({ name: 'Helix CRM', type: 'technology', tierName: 'Strategic', score: 4.8 });
    const again = partnerNodeData(partners, Object.values(e.tiers), e.workshop, cache);
    expect(again.get(helix.id)).toBe(data.get(helix.id));

    const near = neighbourhood(Object.values(e.edges), helix.id);
    const hidden = new Set([byName(e, 'Pinnacle Events').id]);
    const nodes = toFlowNodes(e.workshop, layout, data, { hidden, near, selectedNodeId: helix.id, selectedEdgeId: null });
    expect(nodes).toHaveLength(13);
    expect(nodes[0]).toMatchObject({ id: e.workshop.id, type: 'org', draggable: false, position: { x: 0, y: 0 } });
    const helixNode = nodes.find((n) => n.id === helix.id)!;
    expect(helixNode).toMatchObject({ selected: true, position: layout.positions[helix.id] });
    expect(helixNode.className).toBe('is-near');
    expect(nodes.find((n) => n.id === byName(e, 'Fjord Robotics').id)!.className).toBeUndefined();
    expect(nodes.find((n) => hidden.has(n.id))!.hidden).toBe(true);
  });

  it('turns exchanges into edges with arrowheads by direction and hides those of hidden nodes', () => {
    const e = example();
    const ids = new Set([e.workshop.id, ...Object.keys(e.partners)]);
    const edges = toFlowEdges(Object.values(e.edges), e.workshop.id, ids, NO_VIEW);
    expect(edges).toHaveLength(12);
    const crm = edges.find((x) => x.data?.text === 'CRM integration')!;
    expect(crm.data?.route).toBeUndefined();
    expect(crm).toMatchObject({ markerEnd: 'map-arrow-technology', markerStart: 'map-arrow-technology', sourceHandle: 'c', targetHandle: 'c' });
    const hosting = edges.find((x) => x.data?.text === 'EU hosting')!;
    expect(hosting.markerStart).toBeUndefined();
    const helix = byName(e, 'Helix CRM').id;
    const hiddenView = { ...NO_VIEW, hidden: new Set([helix]) };
    expect(toFlowEdges(Object.values(e.edges), e.workshop.id, ids, hiddenView).filter((x) => x.hidden)).toHaveLength(2);
  });

  it('hands back the same objects for nodes and edges that did not change', () => {
    const e = example();
    const partners = Object.values(e.partners);
    const layout = layoutEcosystem({ workshop: e.workshop, tiers: Object.values(e.tiers), partners });
    const data = partnerNodeData(partners, Object.values(e.tiers), e.workshop);
    const ids = new Set([e.workshop.id, ...Object.keys(e.partners)]);
    const cache = newFlowCache();
    const first = reuseNodes(toFlowNodes(e.workshop, layout, data, NO_VIEW), cache);
    const helix = byName(e, 'Helix CRM').id;
    const view = { ...NO_VIEW, selectedNodeId: helix };
    const second = reuseNodes(toFlowNodes(e.workshop, layoutEcosystem({ workshop: e.workshop, tiers: Object.values(e.tiers), partners }), data, view), cache);
    const changed = second.filter((n, i) => n !== first[i]).map((n) => n.id);
    expect(changed).toEqual([helix]);
    const edgesA = reuseEdges(toFlowEdges(Object.values(e.edges), e.workshop.id, ids, NO_VIEW), cache);
    const edgesB = reuseEdges(toFlowEdges(Object.values(e.edges), e.workshop.id, ids, NO_VIEW), cache);
    expect(edgesB.every((x, i) => x === edgesA[i])).toBe(true);
  });

  it('focusing a partner replaces only its neighbourhood, so the rest keep their objects (dimming is one class on the canvas)', () => {
    const e = example();
    const partners = Object.values(e.partners);
    const layout = layoutEcosystem({ workshop: e.workshop, tiers: Object.values(e.tiers), partners });
    const data = partnerNodeData(partners, Object.values(e.tiers), e.workshop);
    const ids = new Set([e.workshop.id, ...Object.keys(e.partners)]);
    const cache = newFlowCache();
    const nodesA = reuseNodes(toFlowNodes(e.workshop, layout, data, NO_VIEW), cache);
    const edgesA = reuseEdges(toFlowEdges(Object.values(e.edges), e.workshop.id, ids, NO_VIEW), cache);
    const helix = byName(e, 'Helix CRM').id;
    const near = neighbourhood(Object.values(e.edges), helix);
    const view = { ...NO_VIEW, near, selectedNodeId: helix };
    const nodesB = reuseNodes(toFlowNodes(e.workshop, layout, data, view), cache);
    const edgesB = reuseEdges(toFlowEdges(Object.values(e.edges), e.workshop.id, ids, view), cache);
    expect(new Set(nodesB.filter((n, i) => n !== nodesA[i]).map((n) => n.id))).toEqual(near);
    const touching = Object.values(e.edges).filter((x) => x.from === helix || x.to === helix).map((x) => x.id);
    expect(edgesB.filter((x, i) => x !== edgesA[i]).map((x) => x.id).sort()).toEqual(touching.sort());
    expect(edgesB.filter((x) => x.className?.includes('is-near')).map((x) => x.id).sort()).toEqual(touching.sort());
  });

  it('places the type names beyond every partner, and the fitted view shows them all', () => {
    const e = example();
    const layout = layoutEcosystem({ workshop: e.workshop, tiers: Object.values(e.tiers), partners: Object.values(e.partners) });
    const labels = sectorLabels(layout, Object.values(e.partners));
    const reach = Math.max(...Object.values(layout.positions).map((p) => Math.hypot(p.x, p.y)));
    for (const label of labels) expect(Math.hypot(label.at.x, label.at.y)).toBeGreaterThan(reach);
    const view = fitViewport(layout, labels, 1000, 600, 0.01, 1.25, 0.05);
    for (const label of labels) {
      const x = view.x + label.at.x * view.zoom;
      const y = view.y + label.at.y * view.zoom;
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(1000);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(600);
    }
  });
});
