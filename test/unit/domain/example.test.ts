import { describe, expect, it } from 'vitest';
import { CANVAS_FIELDS, PARTNER_TYPES, createExampleWorkshop, restoreBundle, type WorkshopBundle } from '../../../src/domain';

const AT = '2026-03-02T09:00:00.000Z';

function restoredExample(): WorkshopBundle {
  const result = restoreBundle(createExampleWorkshop(AT), { repair: false });
  if (!result.ok) throw new Error(`example does not restore: ${result.errors.join('; ')}`);
  expect(result.repairs).toEqual([]);
  return result.bundle;
}

describe('the example workshop', () => {
  it('passes the strict restore step without repairs', () => {
    const input = createExampleWorkshop(AT);
    const result = restoreBundle(input, { repair: false });
    expect(result).toMatchObject({ ok: true, repairs: [] });
    if (result.ok) expect(result.bundle).toEqual(input);
  });

  it('has 3 ordered tiers and about twelve partners of all three types', () => {
    const b = restoredExample();
    expect(b.tiers.map((t) => t.name)).toEqual(['Strategic', 'Core', 'Transactional']);
    expect(b.tiers.map((t) => t.order)).toEqual([0, 1, 2]);
    expect(b.tiers.reduce((sum, t) => sum + t.resourceShare, 0)).toBe(100);
    expect(b.partners.length).toBeGreaterThanOrEqual(10);
    expect(b.partners.length).toBeLessThanOrEqual(14);
    expect(new Set(b.partners.map((p) => p.type))).toEqual(new Set(PARTNER_TYPES));
    for (const type of PARTNER_TYPES) expect(b.partners.filter((p) => p.type === type).length).toBeGreaterThanOrEqual(3);
    // every tier is used
    for (const tier of b.tiers) expect(b.partners.some((p) => p.tierId === tier.id)).toBe(true);
  });

  it('has two canvases, each with notes in all four fields', () => {
    const b = restoredExample();
    expect(b.canvases).toHaveLength(2);
    for (const canvas of b.canvases) {
      const notes = b.notes.filter((n) => n.canvasId === canvas.id);
      expect(new Set(notes.map((n) => n.field))).toEqual(new Set(CANVAS_FIELDS));
      for (const field of CANVAS_FIELDS) {
        const orders = notes.filter((n) => n.field === field).map((n) => n.order);
        expect(orders).toEqual(orders.map((_, i) => i));
      }
    }
    expect(b.canvases.filter((c) => c.partnerId !== null)).toHaveLength(1);
  });

  it('has edges and insights, and every reference resolves within the workshop', () => {
    const b = restoredExample();
    const wid = b.workshop.id;
    const tierIds = new Set(b.tiers.map((t) => t.id));
    const partnerIds = new Set(b.partners.map((p) => p.id));
    const canvasIds = new Set(b.canvases.map((c) => c.id));
    expect(b.edges.length).toBeGreaterThan(5);
    expect(b.insights.length).toBeGreaterThan(2);
    expect(b.edges.some((e) => e.from === wid || e.to === wid)).toBe(true);
    expect(b.edges.some((e) => e.from !== wid && e.to !== wid)).toBe(true);

    for (const p of b.partners) if (p.tierId !== null) expect(tierIds.has(p.tierId)).toBe(true);
    for (const c of b.canvases) if (c.partnerId !== null) expect(partnerIds.has(c.partnerId)).toBe(true);
    for (const n of b.notes) expect(canvasIds.has(n.canvasId)).toBe(true);
    for (const e of b.edges) {
      expect(e.from === wid || partnerIds.has(e.from)).toBe(true);
      expect(e.to === wid || partnerIds.has(e.to)).toBe(true);
      expect(e.from).not.toBe(e.to);
    }
    for (const i of b.insights) expect(i.partnerId !== null && partnerIds.has(i.partnerId)).toBe(true);
    const all = [b.tiers, b.partners, b.canvases, b.notes, b.edges, b.insights].flat();
    for (const record of all) expect(record.workshopId).toBe(wid);
    expect(new Set([wid, ...all.map((r) => r.id)]).size).toBe(all.length + 1);
    expect(b.layout.workshopId).toBe(wid);
  });

  it('stamps every record with the given instant', () => {
    const b = createExampleWorkshop(AT);
    expect(b.workshop.date).toBe('2026-03-02');
    for (const record of [b.workshop, ...b.tiers, ...b.partners, ...b.canvases, ...b.notes, ...b.edges, ...b.insights]) {
      expect(record.createdAt).toBe(AT);
      expect(record.updatedAt).toBe(AT);
    }
  });

  it('gets fresh IDs each time', () => {
    const a = createExampleWorkshop(AT);
    const b = createExampleWorkshop(AT);
    expect(a.workshop.id).not.toBe(b.workshop.id);
    expect(a.partners[0]?.id).not.toBe(b.partners[0]?.id);
  });
});
