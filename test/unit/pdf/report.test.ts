import { describe, expect, it } from 'vitest';
import { createExampleWorkshop } from '../../../src/domain/example';
import type { Partner } from '../../../src/domain/records';
import { layoutDocument } from '../../../src/pdf/document';
import { fakeMetrics } from './fakeMetrics';
import { AT, options, rectsTagged, texts } from './helpers';

function manyPartners(count: number) {
  const bundle = createExampleWorkshop(AT);
  const template = bundle.partners[0] as Partner;
  const partners = Array.from({ length: count }, (_, i) => ({ ...template, id: `p-${i}`, name: `Partner number ${String(i).padStart(3, '0')}` }));
  return { ...bundle, partners, edges: [] };
}

describe('workshop report', () => {
  it('has a cover, contents and every section in the outline, pointing at real pages', () => {
    const doc = layoutDocument(createExampleWorkshop(AT), options('report', { orientation: 'portrait' }), fakeMetrics);
    const titles = doc.outline.map((e) => e.title);
    expect(titles).toEqual(['Cover', 'Contents', 'Objectives and partner mix', 'Tiers', 'Partner scorecard', 'Fit matrix', 'Canvases', 'Ecosystem tier map', 'Enablement', 'Metrics', 'Insights']);
    for (const entry of doc.outline) expect(texts(doc.pages[entry.page] ?? { size: { width: 0, height: 0 }, items: [] })).toContain(entry.title === 'Cover' ? 'Northwind' : entry.title === 'Canvases' ? 'Ecosystem strategy' : entry.title);
    const contents = doc.pages[1];
    const links = contents?.items.filter((i) => i.kind === 'link') ?? [];
    expect(links.length).toBe(doc.outline.slice(2).reduce((n, e) => n + 1 + (e.children?.length ?? 0), 0));
    expect(doc.properties.creator).toBe('Partnerscape');
    expect(doc.properties.title).toContain('Northwind ecosystem workshop');
  });

  it('breaks a long scorecard across pages, repeating the header row and keeping every partner', () => {
    const doc = layoutDocument(manyPartners(90), options('report', { orientation: 'portrait' }), fakeMetrics);
    const start = doc.outline.find((e) => e.title === 'Partner scorecard')?.page ?? -1;
    const end = doc.outline.find((e) => e.title === 'Fit matrix')?.page ?? -1;
    const pages = doc.pages.slice(start, end);
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) {
      expect(rectsTagged(page, 'table-header')).toHaveLength(1);
      expect(texts(page)).toContain('Cu.');
    }
    expect(texts(pages[1] ?? { size: { width: 0, height: 0 }, items: [] })).toContain('Partner scorecard (continued)');
    const all = pages.map(texts).join('');
    for (let i = 0; i < 90; i += 1) expect(all).toContain(`Partner number ${String(i).padStart(3, '0')}`);
  });

  it('splits an insight taller than a page between pages instead of cutting it', () => {
    const bundle = createExampleWorkshop(AT);
    const long = Array.from({ length: 1200 }, (_, i) => `w${i}`).join(' ');
    const insights = [{ ...(bundle.insights[0] as (typeof bundle.insights)[number]), text: long }];
    const doc = layoutDocument({ ...bundle, insights }, options('report', { orientation: 'portrait' }), fakeMetrics);
    const start = doc.outline.find((e) => e.title === 'Insights')?.page ?? -1;
    const all = doc.pages.slice(start).map(texts).join(' ');
    expect(doc.pages.length - start).toBeGreaterThan(1);
    for (let i = 0; i < 1200; i += 1) expect(all).toMatch(new RegExp(`w${i}(?!\\d)`));
  });

  it('draws the map with one node per partner plus the organisation, inside the page', () => {
    const bundle = createExampleWorkshop(AT);
    const doc = layoutDocument(bundle, options('map'), fakeMetrics);
    const page = doc.pages[0];
    if (!page) throw new Error('no page');
    const nodes = rectsTagged(page, 'node');
    expect(nodes).toHaveLength(bundle.partners.length + 1);
    for (const n of nodes) {
      expect(n.x).toBeGreaterThanOrEqual(36);
      expect(n.x + n.w).toBeLessThanOrEqual(page.size.width - 36);
    }
    expect(page.items.filter((i) => i.kind === 'polygon').length).toBeGreaterThanOrEqual(bundle.edges.length);
  });
});
