import { describe, expect, it } from 'vitest';
import { ORG_NODE_SIZE, layoutEcosystem, sectorCentre, tierAtPoint, type EcosystemLayout } from '../../../src/domain/mapLayout';
import { PARTNER_TYPES, type Partner } from '../../../src/domain';
import { makePartners, makeWorkshop } from './fixtures';

function overlaps(layout: EcosystemLayout): string[] {
  const { width, height } = layout.nodeSize;
  const entries = Object.entries(layout.positions);
  const found: string[] = [];
  for (let i = 0; i < entries.length; i += 1) {
    const [idA, a] = entries[i]!;
    if (Math.abs(a.x) < (width + ORG_NODE_SIZE.width) / 2 && Math.abs(a.y) < (height + ORG_NODE_SIZE.height) / 2) found.push(`${idA} × organisation`);
    for (let j = i + 1; j < entries.length; j += 1) {
      const [idB, b] = entries[j]!;
      if (Math.abs(a.x - b.x) < width && Math.abs(a.y - b.y) < height) found.push(`${idA} × ${idB}`);
    }
  }
  return found;
}

function angleDistance(a: number, b: number): number {
  const d = Math.abs(a - b) % (2 * Math.PI);
  return Math.min(d, 2 * Math.PI - d);
}

describe('layoutEcosystem', () => {
  const { workshop, tiers } = makeWorkshop();

  it('has one ring per tier, innermost first, and an outer ring for untiered partners', () => {
    const reversed = [...tiers].reverse();
    const layout = layoutEcosystem({ workshop, tiers: reversed, partners: makePartners(workshop, tiers, 12, 4) });
    expect(layout.rings.map((r) => r.name)).toEqual(['Strategic', 'Core', 'Transactional', 'No tier']);
    expect(layout.rings.map((r) => r.tierId)).toEqual([...tiers.map((t) => t.id), null]);
    for (let i = 1; i < layout.rings.length; i += 1) {
      expect(layout.rings[i]!.radius).toBeGreaterThan(layout.rings[i - 1]!.radius);
      expect(layout.rings[i]!.inner).toBe(layout.rings[i - 1]!.outer);
    }
    expect(layoutEcosystem({ workshop, tiers, partners: makePartners(workshop, tiers, 12) }).rings).toHaveLength(3);
  });

  it('treats a partner whose tier no longer exists as untiered', () => {
    const [partner] = makePartners(workshop, tiers, 1);
    const layout = layoutEcosystem({ workshop, tiers, partners: [{ ...partner!, tierId: 'gone' }] });
    expect(tierAtPoint(layout, layout.positions[partner!.id]!)).toBeNull();
  });

  for (const count of [10, 100, 1000]) {
    it(`puts each of ${count} partners on its tier's ring, in its type's sector, with no overlaps`, () => {
      const partners = makePartners(workshop, tiers, count, 9);
      const layout = layoutEcosystem({ workshop, tiers, partners });
      expect(Object.keys(layout.positions)).toHaveLength(count);
      expect(overlaps(layout)).toEqual([]);
      for (const partner of partners) {
        const at = layout.positions[partner.id]!;
        const ring = layout.rings.find((r) => r.tierId === partner.tierId)!;
        const distance = Math.hypot(at.x, at.y);
        expect(distance).toBeGreaterThanOrEqual(ring.inner + layout.nodeSize.height / 2);
        expect(distance).toBeLessThanOrEqual(ring.outer - layout.nodeSize.height / 2);
        expect(tierAtPoint(layout, at)).toBe(partner.tierId);
        expect(angleDistance(Math.atan2(at.y, at.x), sectorCentre(partner.type))).toBeLessThanOrEqual(Math.PI / 3);
        expect(at.x - layout.nodeSize.width / 2).toBeGreaterThanOrEqual(layout.bounds.minX);
        expect(at.y + layout.nodeSize.height / 2).toBeLessThanOrEqual(layout.bounds.maxY);
      }
    });
  }

  it('puts a tier with one partner of each type exactly on its ring radius', () => {
    const base = makePartners(workshop, tiers, 1)[0]!;
    const partners = tiers.flatMap((tier) => PARTNER_TYPES.map((type): Partner => ({ ...base, id: `${tier.id}-${type}`, name: type, type, tierId: tier.id })));
    const layout = layoutEcosystem({ workshop, tiers, partners });
    for (const partner of partners) {
      const at = layout.positions[partner.id]!;
      const ring = layout.rings.find((r) => r.tierId === partner.tierId)!;
      expect(Math.hypot(at.x, at.y), partner.id).toBeCloseTo(ring.radius, 1);
      expect(angleDistance(Math.atan2(at.y, at.x), sectorCentre(partner.type))).toBeLessThanOrEqual(0.41);
    }
  });

  it('is deterministic: same input in any order gives the same layout', () => {
    const partners = makePartners(workshop, tiers, 300, 7);
    const shuffled = [...partners].sort((a, b) => (a.id < b.id ? 1 : -1));
    const first = layoutEcosystem({ workshop, tiers, partners });
    expect(layoutEcosystem({ workshop, tiers: [...tiers].reverse(), partners: shuffled })).toEqual(first);
    expect(layoutEcosystem({ workshop, tiers, partners })).toEqual(first);
  });

  it('orders partners within a sector by name, then id: inner sub-ring first, then by angle', () => {
    const base = makePartners(workshop, tiers, 1)[0]!;
    const one = (id: string, name: string): Partner => ({ ...base, id, name, type: 'channel', tierId: tiers[0]!.id });
    const rank = (layout: EcosystemLayout, id: string) => {
      const at = layout.positions[id]!;
      return Math.round(Math.hypot(at.x, at.y)) * 10 + Math.atan2(at.y, at.x);
    };
    const byName = layoutEcosystem({ workshop, tiers, partners: [one('a', 'Zeta'), one('b', 'Alpha')] });
    expect(rank(byName, 'b')).toBeLessThan(rank(byName, 'a'));
    const byId = layoutEcosystem({ workshop, tiers, partners: [one('y', 'Same'), one('x', 'Same')] });
    expect(rank(byId, 'x')).toBeLessThan(rank(byId, 'y'));
  });

  it('keeps manual positions and ignores those of unknown partners', () => {
    const partners = makePartners(workshop, tiers, 20);
    const auto = layoutEcosystem({ workshop, tiers, partners });
    const manual = { [partners[3]!.id]: { x: 12.5, y: -40 }, ghost: { x: 1, y: 1 } };
    const layout = layoutEcosystem({ workshop, tiers, partners }, manual);
    expect(layout.positions[partners[3]!.id]).toEqual({ x: 12.5, y: -40 });
    expect(layout.positions.ghost).toBeUndefined();
    expect(layout.positions[partners[4]!.id]).toEqual(auto.positions[partners[4]!.id]);
    expect(layout.rings).toEqual(auto.rings);
  });

  it('grows the bounds to hold a node dragged far outside', () => {
    const partners = makePartners(workshop, tiers, 3);
    const layout = layoutEcosystem({ workshop, tiers, partners }, { [partners[0]!.id]: { x: 9000, y: -9000 } });
    expect(layout.bounds.maxX).toBe(9000 + layout.nodeSize.width / 2);
    expect(layout.bounds.minY).toBe(-9000 - layout.nodeSize.height / 2);
  });

  it('draws empty tiers as rings and handles a workshop with no partners', () => {
    const layout = layoutEcosystem({ workshop, tiers, partners: [] });
    expect(layout.rings).toHaveLength(3);
    expect(layout.positions).toEqual({});
    expect(layout.bounds.maxX).toBe(layout.rings[2]!.outer);
  });
});

describe('tierAtPoint', () => {
  const { workshop, tiers } = makeWorkshop();
  const layout = layoutEcosystem({ workshop, tiers, partners: makePartners(workshop, tiers, 30, 5) });

  it('finds the ring under a point in any direction', () => {
    layout.rings.forEach((ring) => {
      for (const angle of [0, 1, 2, 3, 4, 5]) {
        expect(tierAtPoint(layout, { x: ring.radius * Math.cos(angle), y: ring.radius * Math.sin(angle) })).toBe(ring.tierId);
      }
    });
  });

  it('is undefined on the organisation and outside every ring', () => {
    expect(tierAtPoint(layout, { x: 0, y: 0 })).toBeUndefined();
    expect(tierAtPoint(layout, { x: 0, y: layout.rings.at(-1)!.outer + 1 })).toBeUndefined();
  });
});
