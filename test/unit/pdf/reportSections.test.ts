import { describe, expect, it } from 'vitest';
import { toEntities, type WorkshopBundle } from '../../../src/domain/bundle';
import { createChecklist } from '../../../src/domain/enablement';
import { createExampleWorkshop } from '../../../src/domain/example';
import { prioritisedInsights } from '../../../src/domain/insights';
import type { LaidOutDocument, LaidOutPage } from '../../../src/pdf/primitives';
import type { Partner, PartnerEnablement } from '../../../src/domain/records';
import { layoutDocument } from '../../../src/pdf/document';
import { fakeMetrics } from './fakeMetrics';
import { AT, options, rectsTagged, texts } from './helpers';
import { outsideMargins } from './margins';

function report(bundle: WorkshopBundle): LaidOutDocument {
  return layoutDocument(bundle, options('report', { orientation: 'portrait' }), fakeMetrics);
}

/** The pages of one top-level section. */
function section(doc: LaidOutDocument, title: string): LaidOutPage[] {
  const index = doc.outline.findIndex((e) => e.title === title);
  const start = doc.outline[index]?.page ?? -1;
  const end = doc.outline[index + 1]?.page ?? doc.pages.length;
  expect(start).toBeGreaterThan(1);
  return doc.pages.slice(start, end);
}

/** The example with `count` partners, every one with an overdue plan whose checklist has long, numbered labels. */
function manyPlans(count: number): WorkshopBundle {
  const bundle = createExampleWorkshop(AT);
  const template = bundle.partners[0] as Partner;
  const partners = Array.from({ length: count }, (_, i) => ({ ...template, id: `p-${i}`, name: `Partner ${String(i).padStart(3, '0')}` }));
  const enablement: PartnerEnablement[] = partners.map((p, i) => ({
    id: `e-${i}`,
    workshopId: p.workshopId,
    partnerId: p.id,
    createdAt: AT,
    updatedAt: AT,
    rev: 0,
    checklist: createChecklist(p.type, () => `c-${i}-${Math.random()}`).map((item, j) => ({ ...item, label: `Item ${i}.${j} ${item.label} with a longer explanation of what done means here`, done: j % 2 === 0 })),
    rhythm: { kind: 'monthly-checkin', intervalDays: 42, lastDate: '2026-06-01' },
  }));
  return { ...bundle, partners, enablement, metrics: [], insights: [], edges: [] };
}

describe('report: enablement, metrics and insights', () => {
  const example = createExampleWorkshop(AT);
  const doc = report(example);

  it('lists every plan with its checklist labels, completion, rhythm and the due list, inside the margins', () => {
    const pages = section(doc, 'Enablement');
    const all = pages.map(texts).join(' ');
    for (const plan of example.enablement) for (const item of plan.checklist) expect(all).toContain(item.label);
    expect(all).toContain('Due and overdue');
    expect(all).toMatch(/Overdue by \d+ days/);
    expect(all).toContain('Quarterly business review');
    expect(all).toContain('100 % · 4 of 4 done');
    expect(pages.flatMap((p) => rectsTagged(p, 'completion-bar'))).toHaveLength(example.enablement.length);
    for (const page of pages) expect(outsideMargins(page)).toEqual([]);
    const entry = doc.outline.find((e) => e.title === 'Enablement');
    expect(entry?.children?.map((c) => c.title)).toEqual(['Due and overdue', 'Plans by partner']);
  });

  it('breaks long enablement lists across pages with the header repeated, keeping every partner and item', () => {
    const bundle = manyPlans(40);
    const pages = section(report(bundle), 'Enablement');
    expect(pages.length).toBeGreaterThan(3);
    pages.slice(1).forEach((page) => expect(texts(page)).toContain('Enablement (continued)'));
    const all = pages.map(texts).join(' ');
    for (const plan of bundle.enablement) for (const item of plan.checklist) expect(all.replace(/\s+/g, ' ')).toContain(item.label.split(' ').slice(0, 2).join(' '));
    // The due table repeats its header row on each page it spans.
    const duePages = pages.filter((p) => texts(p).includes('Monthly check-in') && rectsTagged(p, 'table-header').length > 0);
    expect(duePages.length).toBeGreaterThan(1);
    for (const page of pages) expect(outsideMargins(page)).toEqual([]);
  });

  it('shows the latest quarter by partner type and by tier as tables and bar charts', () => {
    const pages = section(doc, 'Metrics');
    const all = pages.map(texts).join(' ');
    expect(all).toContain('Q3 2026');
    for (const heading of ['By partner type', 'By tier', 'Partner-sourced revenue', 'Deal win rate', 'Co-innovation output', 'Strategic', 'Transactional', 'Innovation']) expect(all).toContain(heading);
    // Three charts per grouping; a bar for each group with a value (innovation partners report no win rate).
    expect(pages.flatMap((p) => rectsTagged(p, 'chart'))).toHaveLength(6);
    expect(pages.flatMap((p) => rectsTagged(p, 'bar'))).toHaveLength(3 * 3 - 1 + 3 * 3);
    expect(all).toContain('389,000');
    for (const page of pages) expect(outsideMargins(page)).toEqual([]);
    expect(doc.outline.find((e) => e.title === 'Metrics')?.children?.map((c) => c.title)).toEqual(['By partner type', 'By tier']);
  });

  it('says so when there are no metrics, and when nobody has a plan', () => {
    const empty = report({ ...example, metrics: [], enablement: [] });
    expect(section(empty, 'Metrics').map(texts).join(' ')).toContain('No quarterly metrics recorded yet');
    expect(section(empty, 'Enablement').map(texts).join(' ')).toContain('No partner has an enablement plan yet');
  });

  it('orders insights by priority and shows priority, status and the response', () => {
    const all = section(doc, 'Insights').map(texts).join(' ');
    const ranked = prioritisedInsights(toEntities(example));
    const positions = ranked.map((r) => all.indexOf(r.insight.text.split(' ').slice(0, 3).join(' ')));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(all).toContain(ranked[0]?.priority.toFixed(1));
    expect(all).toContain('Response to the partner');
    expect(all).toContain('Priority = weight');
  });
});
