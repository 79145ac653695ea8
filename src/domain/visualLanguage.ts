import type { EdgeKind, PartnerStatus, PartnerType } from './records';

/**
 * The one visual language of partners and exchanges: a shape and a colour per partner type, one meaning
 * per outline style, one colour and line pattern per exchange kind. The screen (through CSS variables and
 * the TypeShape component) and the PDF read these same values, so a mark means the same everywhere.
 */

export type Hex = `#${string}`;
export interface SchemeColor {
  light: Hex;
  dark: Hex;
}

export type ShapeName = 'circle' | 'square' | 'triangle';

export interface TypeMark {
  shape: ShapeName;
  /** The mark's fill and the node's outline. */
  color: SchemeColor;
  /** A pale fill behind the mark's colour (PDF node boxes, chips). */
  soft: SchemeColor;
}

export const TYPE_MARKS: Record<PartnerType, TypeMark> = {
  channel: { shape: 'circle', color: { light: '#2d6cdf', dark: '#5b8ff0' }, soft: { light: '#e3ecfb', dark: '#1d2a45' } },
  technology: { shape: 'square', color: { light: '#0e9384', dark: '#2bb8a6' }, soft: { light: '#dcf2ef', dark: '#15302d' } },
  innovation: { shape: 'triangle', color: { light: '#d9612b', dark: '#f08452' }, soft: { light: '#fbe7dd', dark: '#3a2419' } },
};

/** The side of the box every shape is drawn in; components scale it, the PDF passes its own size. */
export const SHAPE_BOX = 14;

export type ShapeGeometry = { kind: 'circle'; cx: number; cy: number; r: number } | { kind: 'polygon'; points: [number, number][] };

/** A shape centred at (cx, cy) in a box of side `size`: a circle or a polygon, in the caller's units. */
export function shapeGeometry(shape: ShapeName, cx: number, cy: number, size: number): ShapeGeometry {
  const s = size / SHAPE_BOX;
  if (shape === 'circle') return { kind: 'circle', cx, cy, r: 6 * s };
  if (shape === 'square') {
    const h = 5.5 * s;
    return { kind: 'polygon', points: [[cx - h, cy - h], [cx + h, cy - h], [cx + h, cy + h], [cx - h, cy + h]] };
  }
  return { kind: 'polygon', points: [[cx, cy - 6.2 * s], [cx + 6.3 * s, cy + 5.3 * s], [cx - 6.3 * s, cy + 5.3 * s]] };
}

const num = (n: number) => String(Math.round(n * 100) / 100);

/** The same shape as an SVG path in a box of side `size` whose top left is (x, y). */
export function shapePath(shape: ShapeName, size = SHAPE_BOX, x = 0, y = 0): string {
  const g = shapeGeometry(shape, x + size / 2, y + size / 2, size);
  if (g.kind === 'circle') return `M${num(g.cx - g.r)} ${num(g.cy)}a${num(g.r)} ${num(g.r)} 0 1 0 ${num(2 * g.r)} 0a${num(g.r)} ${num(g.r)} 0 1 0 ${num(-2 * g.r)} 0Z`;
  return `M${g.points.map(([px, py]) => `${num(px)} ${num(py)}`).join('L')}Z`;
}

export type OutlineStyle = 'solid' | 'dashed' | 'dotted';

/** A node's outline tells how far the relationship has come, and nothing else. */
export const STATUS_OUTLINE: Record<PartnerStatus, OutlineStyle> = {
  prospect: 'dashed',
  onboarding: 'solid',
  active: 'solid',
  'at-risk': 'solid',
  retired: 'dotted',
};

export const OUTLINE_MEANINGS: Record<OutlineStyle, string> = {
  solid: 'Partner (onboarding, active or at risk)',
  dashed: 'Prospect: not a partner yet',
  dotted: 'Retired partner',
};

/** Dash and gap lengths for an outline of the given width (null: a continuous line). */
export function outlineDash(style: OutlineStyle, width: number): number[] | null {
  if (style === 'dashed') return [4 * width, 3 * width];
  if (style === 'dotted') return [width, 1.6 * width];
  return null;
}

/** Partners that serve no objective or score under the bar carry this mark (never an outline style). */
export const NOISE_MARK = {
  glyph: '!',
  color: { light: '#c0392b', dark: '#ef6a5b' } as SchemeColor,
  meaning: 'Noise: connects to no objective or scores under the bar',
} as const;

export interface EdgeStyle {
  color: SchemeColor;
  /** Dash pattern in map units for a 2-unit line; null: solid. */
  dash: number[] | null;
}

/** Colour and line pattern per exchange kind; the pattern carries the meaning when colour cannot. */
export const EDGE_STYLES: Record<EdgeKind, EdgeStyle> = {
  revenue: { color: { light: '#2b8a3e', dark: '#69db7c' }, dash: null },
  technology: { color: { light: '#3b5bdb', dark: '#91a7ff' }, dash: [10, 5] },
  data: { color: { light: '#0b7285', dark: '#66d9e8' }, dash: [1, 5] },
  'co-marketing': { color: { light: '#c2255c', dark: '#f783ac' }, dash: [9, 4, 1.5, 4] },
  'co-innovation': { color: { light: '#d9480f', dark: '#ffa94d' }, dash: [4, 4] },
  'customer-access': { color: { light: '#7048e8', dark: '#b197fc' }, dash: [12, 3, 2, 3, 2, 3] },
};
