import { sortedCanvasesOf } from '../canvasOrder';
import { layoutCanvasPages } from '../canvasPages';
import type { LayoutContext } from '../frame';
import { layoutMapPage } from '../mapPage';
import type { LaidOutPage, OutlineEntry } from '../primitives';
import { contentsCapacity, contentsPages, coverPage } from './cover';
import { fitMatrixSection } from './fitMatrix';
import { Flow } from './flow';
import { objectivesSection, tiersSection } from './sections';
import { insightsSection, partnersByScore, scorecardSection } from './tables';

type Section = { title: string; pages: (ctx: LayoutContext) => LaidOutPage[]; children?: (ctx: LayoutContext, first: number) => { pages: LaidOutPage[]; entries: OutlineEntry[] } };

function flowed(title: string, fill: (flow: Flow) => void): Section {
  return {
    title,
    pages: (ctx) => {
      const flow = new Flow(ctx, title);
      flow.current();
      fill(flow);
      return flow.pages;
    },
  };
}

/** Cover, contents, then each section on fresh pages; the contents and the outline point at each. */
export function layoutReport(ctx: LayoutContext, pages: LaidOutPage[], outline: OutlineEntry[]): void {
  const sections: Section[] = [
    flowed('Objectives and partner mix', objectivesSection),
    flowed('Tiers', tiersSection),
    flowed('Partner scorecard', scorecardSection),
    flowed('Fit matrix', (flow) => fitMatrixSection(flow, partnersByScore(flow))),
  ];
  const canvases = sortedCanvasesOf(ctx.bundle);
  const rowCount = sections.length + 3 + canvases.length;
  const contentsCount = Math.ceil(rowCount / contentsCapacity(ctx));
  const body: LaidOutPage[] = [];
  const first = 1 + contentsCount;
  const entries: OutlineEntry[] = [];
  for (const section of sections) {
    entries.push({ title: section.title, page: first + body.length });
    body.push(...section.pages(ctx));
  }
  const canvasEntry: OutlineEntry = { title: 'Canvases', page: first + body.length, children: [] };
  for (const canvas of canvases) {
    canvasEntry.children?.push({ title: canvas.title, page: first + body.length });
    body.push(...layoutCanvasPages(ctx, canvas));
  }
  if (canvases.length === 0) body.push(...flowed('Canvases', (flow) => flow.paragraph('No canvases yet.')).pages(ctx));
  entries.push(canvasEntry);
  entries.push({ title: 'Ecosystem tier map', page: first + body.length });
  body.push(layoutMapPage(ctx));
  entries.push({ title: 'Insights', page: first + body.length });
  body.push(...flowed('Insights', insightsSection).pages(ctx));

  pages.push(coverPage(ctx), ...contentsPages(ctx, entries, contentsCount), ...body);
  outline.push({ title: 'Cover', page: 0 }, { title: 'Contents', page: 1 }, ...entries);
}
