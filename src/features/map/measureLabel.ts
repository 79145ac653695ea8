import { LABEL_FONT } from './mapLevels';

const widths = new Map<string, number>();
let context: CanvasRenderingContext2D | null | undefined;

/** Width of an exchange label's text in map units, measured once per text with the page's font. */
export function labelTextWidth(text: string): number {
  const known = widths.get(text);
  if (known !== undefined) return known;
  if (context === undefined) {
    context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    if (context) context.font = `600 ${LABEL_FONT}px ${getComputedStyle(document.documentElement).getPropertyValue('--font') || 'sans-serif'}`;
  }
  const width = context ? context.measureText(text).width : text.length * LABEL_FONT * 0.56;
  widths.set(text, width);
  return width;
}
