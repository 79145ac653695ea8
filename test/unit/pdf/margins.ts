import type { LaidOutPage, Primitive } from '../../../src/pdf/primitives';
import { fakeMetrics } from './fakeMetrics';

const MARGIN = 36;
const EPS = 0.01;

/** The horizontal and vertical extent of a primitive (text by its advance and a cap height above the baseline). */
function extent(item: Primitive): { x1: number; y1: number; x2: number; y2: number } | null {
  switch (item.kind) {
    case 'rect':
    case 'link':
      return { x1: item.x, y1: item.y, x2: item.x + item.w, y2: item.y + item.h };
    case 'line':
      return { x1: Math.min(item.x1, item.x2), y1: Math.min(item.y1, item.y2), x2: Math.max(item.x1, item.x2), y2: Math.max(item.y1, item.y2) };
    case 'circle':
      return { x1: item.cx - item.r, y1: item.cy - item.r, x2: item.cx + item.r, y2: item.cy + item.r };
    case 'ellipse':
      return { x1: item.cx - item.rx, y1: item.cy - item.ry, x2: item.cx + item.rx, y2: item.cy + item.ry };
    case 'polygon':
      return { x1: Math.min(...item.points.map((p) => p[0])), y1: Math.min(...item.points.map((p) => p[1])), x2: Math.max(...item.points.map((p) => p[0])), y2: Math.max(...item.points.map((p) => p[1])) };
    case 'text':
      return { x1: item.x, y1: item.y - item.size * 0.75, x2: item.x + fakeMetrics.width(item.text, item.font, item.size), y2: item.y };
  }
}

/** Everything on the page that reaches into the margins. */
export function outsideMargins(page: LaidOutPage): Primitive[] {
  return page.items.filter((item) => {
    const e = extent(item);
    if (!e) return false;
    return e.x1 < MARGIN - EPS || e.y1 < MARGIN - EPS || e.x2 > page.size.width - MARGIN + EPS || e.y2 > page.size.height - MARGIN + EPS;
  });
}
