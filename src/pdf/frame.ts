import type { WorkshopBundle } from '../domain/bundle';
import type { ExportOptions } from './options';
import type { Color, FontId, LaidOutPage, PageSize, Primitive } from './primitives';
import { fitLine, type Line, type TextMetrics } from './text';
import { INK } from './theme';

export const MARGIN = 36;
export const HEADER_HEIGHT = 46;
export const FOOTER_HEIGHT = 22;

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Everything a layout function needs besides its own subject. */
export interface LayoutContext {
  bundle: WorkshopBundle;
  options: ExportOptions;
  metrics: TextMetrics;
  size: PageSize;
}

/** The area between header and footer. */
export function contentBox(size: PageSize): Box {
  const top = MARGIN + HEADER_HEIGHT;
  return { x: MARGIN, y: top, w: size.width - 2 * MARGIN, h: size.height - top - MARGIN - FOOTER_HEIGHT };
}

export function newPage(size: PageSize): LaidOutPage {
  return { size, items: [] };
}

/** The primitive for one laid-out line; `align` positions it against `x` (left edge, centre or right edge). */
export function lineItems(line: Line, x: number, y: number, size: number, color: Color, align: 'left' | 'center' | 'right' = 'left', font: FontId = 'regular'): Primitive[] {
  if (!line.text) return [];
  const left = align === 'left' ? x : align === 'center' ? x - line.width / 2 : x - line.width;
  return [{ kind: 'text', x: left, y, text: line.text, font, size, color, width: line.width, hints: line.hints }];
}

/** A single-line label, shortened with an ellipsis when it does not fit. */
export function label(metrics: TextMetrics, text: string, x: number, y: number, opts: { font?: FontId; size: number; color?: Color; maxWidth?: number; align?: 'left' | 'center' | 'right' }): Primitive[] {
  const font = opts.font ?? 'regular';
  const line = fitLine(text, font, opts.size, opts.maxWidth ?? Number.POSITIVE_INFINITY, metrics);
  return lineItems(line, x, y, opts.size, opts.color ?? INK.text, opts.align, font);
}

/** The running header: a title on the left, details under it, an optional note on the right. */
export function header(ctx: LayoutContext, title: string, detail: string, right = ''): Primitive[] {
  const { size, metrics } = ctx;
  const width = size.width - 2 * MARGIN;
  const rightWidth = right ? Math.min(width * 0.3, metrics.width(right, 'regular', 9) + 4) : 0;
  const items: Primitive[] = [
    ...label(metrics, title, MARGIN, MARGIN + 14, { font: 'bold', size: 15, maxWidth: width - rightWidth - 12 }),
    ...label(metrics, detail, MARGIN, MARGIN + 30, { size: 9, color: INK.text2, maxWidth: width - rightWidth - 12 }),
    { kind: 'line', x1: MARGIN, y1: MARGIN + HEADER_HEIGHT - 8, x2: size.width - MARGIN, y2: MARGIN + HEADER_HEIGHT - 8, stroke: INK.border, lineWidth: 0.75 },
  ];
  if (right) items.push(...label(metrics, right, size.width - MARGIN, MARGIN + 14, { size: 9, color: INK.text2, maxWidth: rightWidth, align: 'right' }));
  return items;
}

/** Adds the workshop name, the export date and "Page x of y" to every page, once the page count is known. */
export function addFooters(pages: LaidOutPage[], metrics: TextMetrics, left: string, date: string): void {
  pages.forEach((page, index) => {
    const y = page.size.height - MARGIN;
    // The date and page number never shorten; the workshop name gets what is left.
    const right = `Exported ${date}  ·  Page ${index + 1} of ${pages.length}`;
    const rightWidth = metrics.width(right, 'regular', 8);
    const width = page.size.width - 2 * MARGIN;
    page.items.push(
      { kind: 'line', x1: MARGIN, y1: y - 12, x2: page.size.width - MARGIN, y2: y - 12, stroke: INK.border, lineWidth: 0.5 },
      ...label(metrics, left, MARGIN, y, { size: 8, color: INK.text3, maxWidth: width - rightWidth - 16 }),
      ...label(metrics, right, page.size.width - MARGIN, y, { size: 8, color: INK.text3, align: 'right' }),
    );
  });
}
