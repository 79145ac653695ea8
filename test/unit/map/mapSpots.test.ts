import { describe, expect, it } from 'vitest';
import { ORG_NODE_SIZE, PARTNER_NODE_SIZE, applyPartnerMoves, freeSpot, layoutEcosystem, movedByHand, tierAtPoint, withManualPositions, type EcosystemLayout, type MapPoint, type WorkshopEntities } from '../../../src/domain';
import { fixedExample } from '../../fixtures/bundles';
import { makePartners, makeWorkshop } from './fixtures';

const GAP = 12;
function clashes(layout: EcosystemLayout, id: string, at: MapPoint): string[] {
  const out = Object.entries(layout.positions).filter(([other, p]) => other !== id && Math.abs(p.x - at.x) < PARTNER_NODE_SIZE.width + GAP && Math.abs(p.y - at.y) < PARTNER_NODE_SIZE.height + GAP).map(([other]) => other);
  if (Math.abs(at.x) < (PARTNER_NODE_SIZE.width + ORG_NODE_SIZE.width) / 2 + GAP && Math.abs(at.y) < (PARTNER_NODE_SIZE.height + ORG_NODE_SIZE.height) / 2 + GAP) out.push('organisation');
  return out;
}

describe('freeSpot', () => {
  const { workshop, tiers } = makeWorkshop();
  const partners = makePartners(workshop, tiers, 24);
  const layout = layoutEcosystem({ workshop, tiers, partners });
  const [a, b] = partners;

  it('keeps a drop that covers nothing', () => {
    const clear = { x: 5000, y: 5000 };
    expect(freeSpot(layout, a!.id, clear)).toEqual(clear);
  });

  it('moves a drop on top of another partner to the nearest clear spot of the same ring', () => {
    const onto = layout.positions[b!.id]!;
    const spot = freeSpot(layout, a!.id, onto);
    expect(clashes(layout, a!.id, spot)).toEqual([]);
    expect(tierAtPoint(layout, spot)).toBe(tierAtPoint(layout, onto));
    expect(Math.hypot(spot.x - onto.x, spot.y - onto.y)).toBeLessThan(PARTNER_NODE_SIZE.width * 2);
  });
});

describe('movedByHand', () => {
  it('names the partners whose saved place differs from the automatic one', () => {
    const { workshop, tiers } = makeWorkshop();
    const partners = makePartners(workshop, tiers, 6);
    const auto = layoutEcosystem({ workshop, tiers, partners });
    const [first, second] = partners;
    const same = auto.positions[second!.id]!;
    const shown = withManualPositions(auto, { [first!.id]: { x: 1, y: 2 }, [second!.id]: { ...same } });
    expect(movedByHand(auto, shown)).toEqual([first!.id]);
  });
});

describe('applyPartnerMoves to another ring', () => {
  it('gives the re-tiered partner a spot clear of its new neighbours, as they are placed after the move', () => {
    const bundle = fixedExample();
    const entities = {
      workshop: bundle.workshop,
      tiers: Object.fromEntries(bundle.tiers.map((t) => [t.id, t])),
      partners: Object.fromEntries(bundle.partners.map((p) => [p.id, p])),
      layout: { ...bundle.layout, positions: {} },
    } as unknown as WorkshopEntities;
    const before = layoutEcosystem({ workshop: bundle.workshop, tiers: bundle.tiers, partners: bundle.partners });
    const strategic = bundle.tiers.find((t) => t.order === 0)!;
    const outer = bundle.partners.find((p) => p.name === 'Pinnacle Events')!;
    const meridian = bundle.partners.find((p) => p.name === 'Meridian Resellers')!;
    const after = applyPartnerMoves(entities, [{ id: outer.id, position: before.positions[meridian.id]!, tierId: strategic.id }]);
    expect(after.partners[outer.id]?.tierId).toBe(strategic.id);
    const layout = layoutEcosystem({ workshop: bundle.workshop, tiers: bundle.tiers, partners: Object.values(after.partners) }, after.layout.positions);
    const spot = layout.positions[outer.id]!;
    expect(clashes(layout, outer.id, spot)).toEqual([]);
    expect(tierAtPoint(layout, spot)).toBe(strategic.id);
  });
});
