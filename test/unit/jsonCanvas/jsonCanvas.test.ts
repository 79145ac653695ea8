import { describe, expect, it } from 'vitest';
import type { WorkshopEntities } from '../../../src/domain/bundle';
import { ecosystemToJsonCanvas, escapeMarkdown, serializeJsonCanvas, tierGroupId, type JsonCanvas, type JsonCanvasNode } from '../../../src/domain/jsonCanvas';
import { newId } from '../../../src/domain/ids';
import type { Partner } from '../../../src/domain/records';
import { example, partnerNamed } from '../partners/helpers';

type Box = Pick<JsonCanvasNode, 'x' | 'y' | 'width' | 'height'>;
const inside = (inner: Box, outer: Box) => inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const SIDES = ['top', 'right', 'bottom', 'left'];

/** The JSON Canvas 1.0 rules a reader such as Obsidian relies on. */
function expectValidCanvas(canvas: JsonCanvas) {
  expect(Object.keys(canvas).sort()).toEqual(['edges', 'nodes']);
  const ids = [...canvas.nodes.map((n) => n.id), ...canvas.edges.map((e) => e.id)];
  expect(new Set(ids).size).toBe(ids.length);
  const nodeIds = new Set(canvas.nodes.map((n) => n.id));
  for (const node of canvas.nodes) {
    expect(['text', 'group']).toContain(node.type);
    for (const n of [node.x, node.y, node.width, node.height]) expect(Number.isInteger(n)).toBe(true);
    expect(node.width).toBeGreaterThan(0);
    expect(node.height).toBeGreaterThan(0);
    if (node.color !== undefined) expect(node.color).toMatch(/^([1-6]|#[0-9a-f]{6})$/);
    if (node.type === 'text') expect(typeof node.text).toBe('string');
    else expect(node.label.length).toBeGreaterThan(0);
  }
  for (const edge of canvas.edges) {
    expect(nodeIds.has(edge.fromNode)).toBe(true);
    expect(nodeIds.has(edge.toNode)).toBe(true);
    expect(SIDES).toContain(edge.fromSide);
    expect(SIDES).toContain(edge.toSide);
    expect(['none', 'arrow']).toContain(edge.fromEnd);
    expect(['none', 'arrow']).toContain(edge.toEnd);
  }
}

function groupsAndPartners(canvas: JsonCanvas, entities: WorkshopEntities) {
  const groups = new Map(canvas.nodes.filter((n) => n.type === 'group').map((n) => [n.id, n]));
  const partners = canvas.nodes.filter((n) => n.partnerscape.kind === 'partner');
  const ringOrder = [...Object.values(entities.tiers)].sort((a, b) => a.order - b.order).map((t) => tierGroupId(t.id));
  return { groups, partners, ringOrder };
}

describe('ecosystemToJsonCanvas', () => {
  it('is a valid JSON Canvas with the organisation, every partner, a group per tier and every edge', () => {
    const entities = example();
    const canvas = ecosystemToJsonCanvas(entities);
    expectValidCanvas(canvas);
    const { groups, partners } = groupsAndPartners(canvas, entities);
    expect(partners).toHaveLength(Object.keys(entities.partners).length);
    expect([...groups.values()].map((g) => g.type === 'group' && g.label).sort()).toEqual(Object.values(entities.tiers).map((t) => t.name).sort());
    expect(canvas.edges).toHaveLength(Object.keys(entities.edges).length);
    expect(canvas.nodes.find((n) => n.id === entities.workshop.id)?.partnerscape.kind).toBe('organisation');
    expect(JSON.parse(serializeJsonCanvas(canvas))).toEqual(canvas);
  });

  it('puts each partner inside its own tier group and outside the inner ones, without overlaps', () => {
    const entities = example();
    const canvas = ecosystemToJsonCanvas(entities);
    const { groups, partners, ringOrder } = groupsAndPartners(canvas, entities);
    for (const node of partners) {
      const own = ringOrder.indexOf(tierGroupId(node.partnerscape.tierId ?? null));
      expect(inside(node, groups.get(ringOrder[own]!)!)).toBe(true);
      for (const innerId of ringOrder.slice(0, own)) expect(overlap(node, groups.get(innerId)!)).toBe(false);
    }
    const solid = canvas.nodes.filter((n) => n.type === 'text');
    for (let i = 0; i < solid.length; i++) for (let j = i + 1; j < solid.length; j++) expect(overlap(solid[i]!, solid[j]!)).toBe(false);
    // Groups nest: each tier's box holds the inner ones; outer groups come first so inner ones draw on top.
    for (let i = 1; i < ringOrder.length; i++) expect(inside(groups.get(ringOrder[i - 1]!)!, groups.get(ringOrder[i]!)!)).toBe(true);
    const order = canvas.nodes.map((n) => n.id);
    expect(order.indexOf(ringOrder.at(-1)!)).toBeLessThan(order.indexOf(ringOrder[0]!));
  });

  it('carries the partner data in a namespaced field and a readable Markdown text', () => {
    const entities = example();
    const helix = partnerNamed(entities, 'Helix CRM');
    const node = ecosystemToJsonCanvas(entities).nodes.find((n) => n.id === helix.id)!;
    expect(node.partnerscape).toEqual({
      kind: 'partner',
      partnerId: helix.id,
      type: 'technology',
      tierId: helix.tierId,
      status: helix.status,
      objective: helix.objective,
      scores: helix.scores,
      totalScore: expect.any(Number),
      noise: false,
    });
    expect(node.type === 'text' && node.text).toBe(`**Helix CRM**\nTechnology · ${entities.tiers[helix.tierId!]!.name}\nScore ${node.partnerscape.totalScore!.toFixed(1)} · Active`);
    expect(node.color).toBe('#0e9384');
  });

  it('labels value exchanges and draws arrows both ways for bidirectional ones', () => {
    const entities = example();
    const canvas = ecosystemToJsonCanvas(entities);
    for (const edge of Object.values(entities.edges)) {
      const out = canvas.edges.find((e) => e.id === edge.id)!;
      expect(out).toMatchObject({ fromNode: edge.from, toNode: edge.to, toEnd: 'arrow', fromEnd: edge.bidirectional ? 'arrow' : 'none' });
      expect(out.label.length).toBeGreaterThan(0);
      expect(out.partnerscape).toEqual({ edgeId: edge.id, kind: edge.kind, bidirectional: edge.bidirectional });
    }
    expect(canvas.edges.some((e) => e.fromEnd === 'arrow')).toBe(true);
    expect(canvas.edges.some((e) => e.fromEnd === 'none')).toBe(true);
  });

  it('keeps the direction of a manually placed partner and drops edges to missing nodes', () => {
    const entities = example();
    const helix = partnerNamed(entities, 'Helix CRM');
    const ghost = { ...Object.values(entities.edges)[0]!, id: newId(), from: 'gone' };
    const moved: WorkshopEntities = {
      ...entities,
      layout: { ...entities.layout, positions: { ...entities.layout.positions, [helix.id]: { x: -900, y: 0 } } },
      edges: { ...entities.edges, [ghost.id]: ghost },
    };
    const canvas = ecosystemToJsonCanvas(moved);
    const org = canvas.nodes.find((n) => n.id === entities.workshop.id)!;
    const node = canvas.nodes.find((n) => n.id === helix.id)!;
    expect(node.x + node.width).toBeLessThan(org.x);
    expect(Math.abs(node.y + node.height / 2 - (org.y + org.height / 2))).toBeLessThan(5);
    expect(canvas.edges.find((e) => e.id === ghost.id)).toBeUndefined();
  });

  it('puts untiered partners in a "No tier" group and escapes Markdown and HTML in names', () => {
    const entities = example();
    const id = newId();
    const first = Object.values(entities.partners)[0]!;
    const odd: Partner = { ...first, id, tierId: null, name: '<img src=x onerror=alert(1)> **bold** # [link](http://x)\nsecond' };
    const canvas = ecosystemToJsonCanvas({ ...entities, partners: { ...entities.partners, [id]: odd } });
    expectValidCanvas(canvas);
    const group = canvas.nodes.find((n) => n.id === tierGroupId(null))!;
    const node = canvas.nodes.find((n) => n.id === id)!;
    expect(group.type === 'group' && group.label).toBe('No tier');
    expect(inside(node, group)).toBe(true);
    expect(node.type === 'text' && node.text.split('\n')[0]).toBe(`**${escapeMarkdown(odd.name)}**`);
    expect(escapeMarkdown('<b>*x*</b>\nnext')).toBe('\\<b\\>\\*x\\*\\</b\\> next');
  });

  it('places 400 partners without overlaps, each inside its tier group', () => {
    const entities = example();
    const tiers = Object.values(entities.tiers);
    const first = Object.values(entities.partners)[0]!;
    const partners: Record<string, Partner> = {};
    for (let i = 0; i < 400; i++) {
      const id = newId();
      partners[id] = { ...first, id, name: `Partner ${i}`, type: (['channel', 'technology', 'innovation'] as const)[i % 3]!, tierId: tiers[i % tiers.length]!.id };
    }
    const big: WorkshopEntities = { ...entities, partners, edges: {}, layout: { ...entities.layout, positions: {} } };
    const canvas = ecosystemToJsonCanvas(big);
    expectValidCanvas(canvas);
    const { groups, partners: nodes } = groupsAndPartners(canvas, big);
    for (const node of nodes) expect(inside(node, groups.get(tierGroupId(node.partnerscape.tierId ?? null))!)).toBe(true);
    const sorted = [...nodes].sort((a, b) => a.x - b.x);
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length && sorted[j]!.x < sorted[i]!.x + sorted[i]!.width; j++) expect(overlap(sorted[i]!, sorted[j]!)).toBe(false);
    }
  });
});
