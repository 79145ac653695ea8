import { describe, expect, it } from 'vitest';
import { ORG_NODE_SIZE, boxAround, layoutEcosystem, placeLabels, pointOnRoute, routeEdges, segmentHitsBox, type Box, type EcosystemLayout, type EdgeRoute } from '../../../src/domain';
import { ecosystem20 } from '../../fixtures/ecosystem20';

const bundle = ecosystem20();
const orgId = bundle.workshop.id;
const layout = layoutEcosystem({ workshop: bundle.workshop, tiers: bundle.tiers, partners: bundle.partners });

function nodeBoxes(l: EcosystemLayout): Map<string, Box> {
  const boxes = new Map<string, Box>([[orgId, boxAround(l.center, ORG_NODE_SIZE.width, ORG_NODE_SIZE.height)]]);
  for (const [id, at] of Object.entries(l.positions)) boxes.set(id, boxAround(at, l.nodeSize.width, l.nodeSize.height));
  return boxes;
}
const overlaps = (a: Box, b: Box) => a.minX < b.maxX && a.maxX > b.minX && a.minY < b.maxY && a.maxY > b.minY;

function crossed(route: EdgeRoute, boxes: Map<string, Box>, ends: string[]): string[] {
  const out = new Set<string>();
  let prev = pointOnRoute(route, 0);
  for (let i = 1; i <= 40; i += 1) {
    const next = pointOnRoute(route, i / 40);
    for (const [id, box] of boxes) if (!ends.includes(id) && segmentHitsBox(prev.x, prev.y, next.x, next.y, box)) out.add(id);
    prev = next;
  }
  return [...out];
}

describe('routeEdges', () => {
  const routes = routeEdges(layout, bundle.edges, orgId);
  const boxes = nodeBoxes(layout);

  it('routes the exchanges of the 20-partner map around the nodes they do not connect', () => {
    expect(routes.size).toBe(bundle.edges.length);
    const through = bundle.edges.flatMap((edge) => crossed(routes.get(edge.id)!, boxes, [edge.from, edge.to]).map((id) => `${edge.label} × ${bundle.partners.find((p) => p.id === id)?.name ?? id}`));
    // Atlas (upper left) to Granite (lower right), both on the middle ring: no smooth curve clears the
    // full inner rings, so it takes the route that crosses least (one node). Every other line is clear.
    expect(through).toHaveLength(1);
    expect(through[0]).toMatch(/^Shared accounts × /);
  });

  it('draws a straight line when nothing is in the way, and starts and ends at the node borders', () => {
    const straight = [...routes.values()].filter((r) => !r.control);
    expect(straight.length).toBeGreaterThan(bundle.edges.length / 2);
    for (const edge of bundle.edges) {
      const route = routes.get(edge.id)!;
      const from = boxes.get(edge.from)!;
      const inside = route.from.x > from.minX && route.from.x < from.maxX && route.from.y > from.minY && route.from.y < from.maxY;
      expect(inside).toBe(false);
    }
  });
});

describe('placeLabels', () => {
  const routes = routeEdges(layout, bundle.edges, orgId);
  const requests = bundle.edges.map((e) => ({ id: e.id, width: e.label.length * 8 + 12, height: 22 }));
  const placed = placeLabels(layout, routes, requests, orgId, 15);
  const boxes = [...nodeBoxes(layout).values()];

  it('numbers every label in request order and gives each a number badge', () => {
    expect([...placed.values()].map((p) => p.number).sort((a, b) => a - b)).toEqual(requests.map((_, i) => i + 1));
  });

  it('keeps whole texts clear of every node and of each other', () => {
    const texts = [...placed.values()].flatMap((p) => (p.text ? [p.text] : []));
    expect(texts.length).toBeGreaterThan(requests.length / 2);
    for (const [i, text] of texts.entries()) {
      expect(boxes.filter((b) => overlaps(b, text))).toEqual([]);
      expect(texts.filter((other, j) => j !== i && overlaps(other, text))).toEqual([]);
    }
  });

  it('keeps number badges clear of nodes; those standing in for a text stay clear of the texts', () => {
    const texts = [...placed.values()].flatMap((p) => (p.text ? [p.text] : []));
    for (const label of placed.values()) {
      expect(boxes.filter((b) => overlaps(b, boxAround(label.badge, 30, 30)))).toEqual([]);
      if (label.fallback) expect([...boxes, ...texts].filter((b) => overlaps(b, boxAround(label.fallback!, 30, 30)))).toEqual([]);
      expect(Boolean(label.text) !== Boolean(label.fallback)).toBe(true);
    }
  });
});
