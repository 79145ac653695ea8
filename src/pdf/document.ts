import type { WorkshopBundle } from '../domain/bundle';
import type { Canvas } from '../domain/records';
import { sortedCanvasesOf } from './canvasOrder';
import { layoutCanvasPages } from './canvasPages';
import { addFooters, contentBox, header, label, newPage, type LayoutContext } from './frame';
import { layoutMapPages } from './map/pages';
import { EXPORT_KIND_LABELS, pageSizeFor, type ExportOptions } from './options';
import type { LaidOutDocument, LaidOutPage, OutlineEntry } from './primitives';
import { layoutReport } from './report/report';
import type { TextMetrics } from './text';
import { INK } from './theme';

/** Canvas pages one after another, each canvas an outline entry. */
export function layoutCanvases(ctx: LayoutContext, canvases: Canvas[], pages: LaidOutPage[], outline: OutlineEntry[]): void {
  for (const canvas of canvases) {
    outline.push({ title: canvas.title, page: pages.length });
    pages.push(...layoutCanvasPages(ctx, canvas, pages.length));
  }
}

function emptyPage(ctx: LayoutContext, title: string, message: string): LaidOutPage {
  const page = newPage(ctx.size);
  const box = contentBox(ctx.size);
  page.items.push(...header(ctx, title, ctx.bundle.workshop.title), ...label(ctx.metrics, message, box.x, box.y + 20, { size: 11, color: INK.text2, maxWidth: box.w }));
  return page;
}

/** The pure layout step: a workshop and the export options in, pages of primitives out. */
export function layoutDocument(bundle: WorkshopBundle, options: ExportOptions, metrics: TextMetrics): LaidOutDocument {
  const ctx: LayoutContext = { bundle, options, metrics, size: pageSizeFor(options.format, options.orientation) };
  const pages: LaidOutPage[] = [];
  const outline: OutlineEntry[] = [];
  const canvases = sortedCanvasesOf(bundle);
  switch (options.what) {
    case 'canvas': {
      const canvas = canvases.find((c) => c.id === options.canvasId) ?? canvases[0];
      layoutCanvases(ctx, canvas ? [canvas] : [], pages, outline);
      break;
    }
    case 'canvases':
      layoutCanvases(ctx, canvases, pages, outline);
      break;
    case 'map': {
      const map = layoutMapPages(ctx);
      outline.push(map.entry);
      pages.push(...map.pages);
      break;
    }
    case 'report':
      layoutReport(ctx, pages, outline);
      break;
  }
  if (pages.length === 0) pages.push(emptyPage(ctx, 'Canvases', 'This workshop has no canvases yet.'));
  const { workshop } = bundle;
  addFooters(pages, metrics, `${workshop.title}${workshop.organisation ? ` · ${workshop.organisation}` : ''} · made with Partnerscape`, options.date);
  const what = options.what === 'canvas' && outline[0] ? `Canvas: ${outline[0].title}` : EXPORT_KIND_LABELS[options.what];
  return {
    pages,
    outline,
    properties: {
      title: `${workshop.title} — ${what}`,
      author: workshop.organisation || 'Partnerscape',
      subject: `${EXPORT_KIND_LABELS[options.what]} of the partnership workshop “${workshop.title}”${workshop.date ? ` (${workshop.date})` : ''}`,
      keywords: 'partnership canvas, partner ecosystem, workshop',
      creator: 'Partnerscape',
    },
  };
}
