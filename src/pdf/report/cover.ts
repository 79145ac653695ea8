import { contentBox, label, lineItems, MARGIN, newPage, type LayoutContext } from '../frame';
import type { LaidOutPage, OutlineEntry } from '../primitives';
import { wrapText } from '../text';
import { INK, TYPE_COLOR } from '../theme';
import { PARTNER_TYPES } from '../../domain/records';

export function coverPage(ctx: LayoutContext): LaidOutPage {
  const { size, metrics, bundle, options } = ctx;
  const page = newPage(size);
  const { workshop } = bundle;
  const band = size.height * 0.36;
  const width = size.width - 2 * MARGIN - 20;
  page.items.push({ kind: 'rect', x: 0, y: 0, w: size.width, h: band, fill: INK.accent });
  PARTNER_TYPES.forEach((type, i) => page.items.push({ kind: 'rect', x: (size.width / 3) * i, y: band, w: size.width / 3, h: 6, fill: TYPE_COLOR[type] }));
  // Built from the bottom of the band up: details, the title (up to three lines, smaller when long), the kicker.
  const lines3 = wrapText(workshop.title, 'bold', 28, width, metrics);
  const titleSize = lines3.length <= 2 ? 28 : 22;
  const titleLines = wrapText(workshop.title, 'bold', titleSize, width, metrics).slice(0, 3);
  const lineHeight = titleSize * 1.2;
  let y = band - 50 - (titleLines.length - 1) * lineHeight;
  page.items.push(...label(metrics, 'PARTNERSHIP WORKSHOP REPORT', MARGIN + 10, y - titleSize - 10, { font: 'bold', size: 10, color: '#dfe6fb', maxWidth: width }));
  titleLines.forEach((line, i) => {
    const last = i === 2 && line.start + line.text.length < workshop.title.trim().length;
    page.items.push(...(last ? label(metrics, workshop.title.slice(line.start), MARGIN + 10, y, { font: 'bold', size: titleSize, color: INK.surface, maxWidth: width }) : lineItems(line, MARGIN + 10, y, titleSize, INK.surface, 'left', 'bold')));
    y += lineHeight;
  });
  const meta = [workshop.organisation, workshop.date ? `Workshop of ${workshop.date}` : ''].filter(Boolean).join('  ·  ');
  page.items.push(...label(metrics, meta, MARGIN + 10, band - 28, { size: 12, color: '#e8eefc', maxWidth: width }));

  const stats: [string, number][] = [
    ['Partners', bundle.partners.length],
    ['Tiers', bundle.tiers.length],
    ['Canvases', bundle.canvases.length],
    ['Notes', bundle.notes.length],
    ['Insights', bundle.insights.length],
  ];
  const box = contentBox(size);
  const tileGap = 10;
  const tileW = (box.w - tileGap * (stats.length - 1)) / stats.length;
  const tileY = band + 46;
  stats.forEach(([name, value], i) => {
    const x = box.x + i * (tileW + tileGap);
    page.items.push(
      { kind: 'rect', x, y: tileY, w: tileW, h: 64, radius: 8, fill: INK.surface2, stroke: INK.border, lineWidth: 0.75 },
      ...label(metrics, String(value), x + tileW / 2, tileY + 32, { font: 'bold', size: 22, color: INK.accent, align: 'center' }),
      ...label(metrics, name, x + tileW / 2, tileY + 50, { size: 9, color: INK.text2, align: 'center', maxWidth: tileW - 8 }),
    );
  });
  page.items.push(...label(metrics, `Exported ${options.date} with Partnerscape`, box.x, tileY + 100, { size: 9, color: INK.text3 }));
  return page;
}

const ROW = 20;

export function contentsCapacity(ctx: LayoutContext): number {
  return Math.max(1, Math.floor((contentBox(ctx.size).h - 10) / ROW));
}

/** The table of contents: one row per outline entry and child, each linked to its page. */
export function contentsPages(ctx: LayoutContext, outline: OutlineEntry[], count: number): LaidOutPage[] {
  const { size, metrics } = ctx;
  const box = contentBox(size);
  const rows = outline.flatMap((e) => [{ entry: e, depth: 0 }, ...(e.children ?? []).map((c) => ({ entry: c, depth: 1 }))]);
  const perPage = contentsCapacity(ctx);
  const pages: LaidOutPage[] = [];
  for (let p = 0; p < count; p += 1) {
    const page = newPage(size);
    page.items.push(...label(metrics, p === 0 ? 'Contents' : 'Contents (continued)', MARGIN, MARGIN + 14, { font: 'bold', size: 15 }));
    page.items.push({ kind: 'line', x1: MARGIN, y1: MARGIN + 38, x2: size.width - MARGIN, y2: MARGIN + 38, stroke: INK.border, lineWidth: 0.75 });
    rows.slice(p * perPage, (p + 1) * perPage).forEach(({ entry, depth }, i) => {
      const y = box.y + 10 + i * ROW;
      const x = box.x + depth * 18;
      const number = String(entry.page + 1);
      const numberW = metrics.width(number, 'regular', 10);
      const font = depth === 0 ? 'bold' : 'regular';
      page.items.push(
        ...label(metrics, entry.title, x, y + 10, { font, size: 10, maxWidth: box.w - depth * 18 - 60 }),
        { kind: 'line', x1: x + Math.min(box.w - depth * 18 - 60, metrics.width(entry.title, font, 10)) + 6, y1: y + 10, x2: box.x + box.w - numberW - 6, y2: y + 10, stroke: INK.borderStrong, lineWidth: 0.5, dash: [1, 2.5] },
        ...label(metrics, number, box.x + box.w, y + 10, { size: 10, color: INK.text2, align: 'right' }),
        { kind: 'link', x: box.x, y: y - 2, w: box.w, h: ROW - 2, toPage: entry.page },
      );
    });
    pages.push(page);
  }
  return pages;
}
