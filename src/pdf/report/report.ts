import { sortedCanvasesOf } from '../canvasOrder';
import { layoutCanvasPages } from '../canvasPages';
import type { LayoutContext } from '../frame';
import { layoutMapPages } from '../map/pages';
import type { LaidOutPage, OutlineEntry } from '../primitives';
import { contentsCapacity, contentsPages, coverPage } from './cover';
import { enablementSection } from './enablement';
import { fitMatrixSection } from './fitMatrix';
import { Flow } from './flow';
import { insightsSection } from './insights';
import { metricsSection } from './metrics';
import { objectivesSection, tiersSection } from './sections';
import { partnersByScore, scorecardSection } from './tables';

/** A section's pages and its outline entry, page numbers counted from the section's first page. */
interface LaidOutSection {
  pages: LaidOutPage[];
  entry: OutlineEntry;
}

function flowed(ctx: LayoutContext, title: string, fill: (flow: Flow) => void): LaidOutSection {
  const flow = new Flow(ctx, title);
  flow.current();
  fill(flow);
  const children = flow.marks.map((m) => ({ title: m.title, page: m.page }));
  return { pages: flow.pages, entry: { title, page: 0, ...(children.length ? { children } : {}) } };
}

/** `firstPage`: the document page index where the section starts, for "continues on p. N". */
function canvasesSection(ctx: LayoutContext, firstPage = 0): LaidOutSection {
  const canvases = sortedCanvasesOf(ctx.bundle);
  if (canvases.length === 0) return flowed(ctx, 'Canvases', (flow) => flow.paragraph('No canvases yet.'));
  const pages: LaidOutPage[] = [];
  const children: OutlineEntry[] = [];
  for (const canvas of canvases) {
    children.push({ title: canvas.title, page: pages.length });
    pages.push(...layoutCanvasPages(ctx, canvas, firstPage + pages.length));
  }
  return { pages, entry: { title: 'Canvases', page: 0, children } };
}

function shifted(entry: OutlineEntry, by: number): OutlineEntry {
  return { ...entry, page: entry.page + by, ...(entry.children ? { children: entry.children.map((c) => shifted(c, by)) } : {}) };
}

/** Cover, contents, then each section on fresh pages; the contents and the outline point at each. */
export function layoutReport(ctx: LayoutContext, pages: LaidOutPage[], outline: OutlineEntry[]): void {
  const sections: LaidOutSection[] = [
    flowed(ctx, 'Objectives and partner mix', objectivesSection),
    flowed(ctx, 'Tiers', tiersSection),
    flowed(ctx, 'Partner scorecard', scorecardSection),
    flowed(ctx, 'Fit matrix', (flow) => fitMatrixSection(flow, partnersByScore(flow))),
    canvasesSection(ctx),
    layoutMapPages(ctx),
    flowed(ctx, 'Enablement', enablementSection),
    flowed(ctx, 'Metrics', metricsSection),
    flowed(ctx, 'Insights', insightsSection),
  ];
  // Sections are laid out first, so the contents know how many rows (and pages) they need.
  const rowCount = sections.reduce((n, s) => n + 1 + (s.entry.children?.length ?? 0), 0);
  const contentsCount = Math.ceil(rowCount / contentsCapacity(ctx));
  const body: LaidOutPage[] = [];
  const entries: OutlineEntry[] = [];
  // The canvases again, now that their first page is known (their page numbers print on the pages).
  const canvasIndex = 4;
  const before = sections.slice(0, canvasIndex).reduce((n, s) => n + s.pages.length, 0);
  sections[canvasIndex] = canvasesSection(ctx, 1 + contentsCount + before);
  for (const section of sections) {
    entries.push(shifted(section.entry, 1 + contentsCount + body.length));
    body.push(...section.pages);
  }
  pages.push(coverPage(ctx), ...contentsPages(ctx, entries, contentsCount), ...body);
  outline.push({ title: 'Cover', page: 0 }, { title: 'Contents', page: 1 }, ...entries);
}
