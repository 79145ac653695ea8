import { describe, expect, it } from 'vitest';
import type { WorkshopBundle } from '../../../src/domain/bundle';
import { createExampleWorkshop } from '../../../src/domain/example';
import { EDGE_KINDS, type MapEdge, type Partner } from '../../../src/domain/records';
import { layoutDocument } from '../../../src/pdf/document';
import { boxesOverlap, placeEdgeLabels } from '../../../src/pdf/mapLabels';
import type { LaidOutPage } from '../../../src/pdf/primitives';
import { fakeMetrics } from './fakeMetrics';
import { AT, options, overlaps, rectsTagged, texts } from './helpers';
import { outsideMargins } from './margins';

function mapPages(bundle: WorkshopBundle, orientation: 'portrait' | 'landscape'): LaidOutPage[] {
  return layoutDocument(bundle, options('map', { orientation }), fakeMetrics).pages;
}

function mapPage(bundle: WorkshopBundle, orientation: 'portrait' | 'landscape'): LaidOutPage {
  const page = mapPages(bundle, orientation)[0];
  if (!page) throw new Error('no page');
  return page;
}

/** 30 partners, each linked to the organisation and to the next partner by long labels: more labels than room. */
function crowded(): WorkshopBundle {
  const bundle = createExampleWorkshop(AT);
  const template = bundle.partners[0] as Partner;
  const tiers = bundle.tiers;
  const partners = Array.from({ length: 30 }, (_, i) => ({ ...template, id: `p-${i}`, name: `Partner ${i}`, type: (['channel', 'technology', 'innovation'] as const)[i % 3] as Partner['type'], tierId: tiers[i % tiers.length]?.id ?? null }));
  const edge = (i: number, from: string, to: string, label: string): MapEdge => ({ id: `e-${i}`, workshopId: bundle.workshop.id, from, to, kind: EDGE_KINDS[i % EDGE_KINDS.length] ?? 'revenue', label, bidirectional: false, createdAt: AT, updatedAt: AT, rev: 0 });
  const edges = [
    ...partners.map((p, i) => edge(i, bundle.workshop.id, p.id, `Shared revenue agreement number ${i}`)),
    ...partners.slice(1).map((p, i) => edge(100 + i, partners[i]?.id ?? '', p.id, `Joint work ${i}`)),
  ];
  return { ...bundle, partners, edges, layout: { ...bundle.layout, positions: {} } };
}

function expectClear(page: LaidOutPage): void {
  const labels = [...rectsTagged(page, 'edge-label'), ...rectsTagged(page, 'edge-key')];
  const solid = [...rectsTagged(page, 'node'), ...rectsTagged(page, 'score-badge')];
  labels.forEach((a, i) => {
    for (const b of labels.slice(i + 1)) expect(overlaps(a, b), `${JSON.stringify(a)} / ${JSON.stringify(b)}`).toBe(false);
    for (const n of solid) expect(overlaps(a, n), `${JSON.stringify(a)} on ${JSON.stringify(n)}`).toBe(false);
  });
  expect(outsideMargins(page)).toEqual([]);
}

describe('map edge labels', () => {
  it('never overlap each other, nodes or score badges on the example map, landscape or portrait', () => {
    const example = createExampleWorkshop(AT);
    for (const orientation of ['landscape', 'portrait'] as const) {
      const pages = mapPages(example, orientation);
      pages.forEach(expectClear);
      const shown = pages.flatMap((p) => rectsTagged(p, 'edge-label')).length;
      const keyed = (pages.map(texts).join(' ').match(/Labels by number/g) ?? []).length;
      expect(shown).toBeGreaterThan(example.edges.length / 2);
      if (shown < example.edges.length) expect(keyed).toBe(1);
    }
  });

  it('turns labels with no free spot into numbered keys listed in the legend, still without overlaps', () => {
    const bundle = crowded();
    const pages = mapPages(bundle, 'landscape');
    pages.forEach(expectClear);
    const all = pages.map(texts).join(' ');
    expect(all).toContain('Labels by number');
    // Every label is on the map or in the legend (on the map page or the one after it).
    for (const edge of bundle.edges) expect(all).toContain(edge.label.split(' ').slice(-1)[0]);
    expect(pages.flatMap((p) => rectsTagged(p, 'edge-key')).length).toBeGreaterThan(0);
  });

  it('is deterministic', () => {
    const bundle = crowded();
    expect(mapPage(bundle, 'portrait')).toEqual(mapPage(bundle, 'portrait'));
  });

  it('places a label at the first free point, shrinks it, then falls back to a key', () => {
    const bounds = { x: 0, y: 0, w: 200, h: 100 };
    const edge = { a: { x: 10, y: 50 }, z: { x: 190, y: 50 }, width: 60, height: 10 };
    const [free] = placeEdgeLabels([edge], [], bounds, 8);
    expect(free).toEqual({ kind: 'label', box: { x: 70, y: 45, w: 60, h: 10 }, scale: 1 });
    // A wall across the middle and above and below: no spot on or beside the line.
    const wall = [{ x: 0, y: 0, w: 200, h: 100 }];
    const [keyed] = placeEdgeLabels([edge], wall, bounds, 8);
    expect(keyed).toEqual({ kind: 'key', number: 1, box: null });
    const placed = placeEdgeLabels([edge, edge, edge, edge, edge], [], bounds, 8);
    const boxes = placed.flatMap((p) => (p.kind === 'label' ? [p.box] : p.box ? [p.box] : []));
    boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(boxesOverlap(a, b)).toBe(false)));
  });
});
