import type { Locator, Page } from '@playwright/test';
import { jsPDF } from 'jspdf';

/** A4 landscape in points. */
const PAGE = { width: 841.89, height: 595.28 };
const MARGIN = 24;
const MAX_SCROLL_PAGES = 20;

/** The raster way: each captured PNG (taken at 2× device scale) fitted on its own page of a jsPDF, Flate-compressed ('FAST'). */
export function rasterPdf(images: readonly Buffer[]): Uint8Array {
  const doc = new jsPDF({ orientation: 'landscape', unit: 'pt', format: 'a4' });
  images.forEach((png, i) => {
    if (i > 0) doc.addPage('a4', 'landscape');
    const props = doc.getImageProperties(png);
    const scale = Math.min((PAGE.width - 2 * MARGIN) / props.width, (PAGE.height - 2 * MARGIN) / props.height);
    doc.addImage(png, 'PNG', MARGIN, MARGIN, props.width * scale, props.height * scale, `view-${i}`, 'FAST');
  });
  return new Uint8Array(doc.output('arraybuffer'));
}

export const capture = (target: Locator): Promise<Buffer> => target.screenshot({ type: 'png', animations: 'disabled' });

/** A long scrolled view, one screenshot per screenful (windowed lists render only what is in view). */
export async function captureScrolled(page: Page, target: Locator): Promise<Buffer[]> {
  const images: Buffer[] = [];
  const scroller = await page.evaluateHandle(() => {
    const candidates = [...document.querySelectorAll<HTMLElement>('#main, #main *')].filter((el) => el.scrollHeight > el.clientHeight + 10 && /(auto|scroll)/.test(getComputedStyle(el).overflowY));
    return candidates.sort((a, b) => b.clientHeight - a.clientHeight)[0] ?? document.scrollingElement;
  });
  for (let i = 0; i < MAX_SCROLL_PAGES; i++) {
    images.push(await capture(target));
    const moved = await scroller.evaluate((el) => {
      if (!el) return false;
      const before = el.scrollTop;
      el.scrollTop += el.clientHeight;
      return el.scrollTop > before;
    });
    if (!moved) break;
    await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
  }
  return images;
}

export function pdfPageCount(bytes: Uint8Array): number {
  return (Buffer.from(bytes).toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;
}
