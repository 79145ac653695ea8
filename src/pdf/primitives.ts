/** What the layout step produces and the drawing module draws: points (1/72 in), origin top-left, y down. */
import type { TextHints } from './text';

/** The text style; the face per script (Noto Sans, Arabic, CJK …) is chosen by the text engine when drawing. */
export type FontId = 'regular' | 'bold';
/** `#rrggbb`. */
export type Color = string;

export interface Paint {
  fill?: Color;
  stroke?: Color;
  lineWidth?: number;
  /** Dash and gap lengths of the outline; none: a continuous line. */
  dash?: number[];
}

export type Primitive =
  /** `tag` names what a box is (e.g. 'note'), for tests and nothing else. */
  | ({ kind: 'rect'; x: number; y: number; w: number; h: number; radius?: number; tag?: string } & Paint)
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; stroke: Color; lineWidth: number; dash?: number[] }
  | ({ kind: 'circle'; cx: number; cy: number; r: number } & Paint)
  | ({ kind: 'ellipse'; cx: number; cy: number; rx: number; ry: number } & Paint)
  | ({ kind: 'polygon'; points: [number, number][] } & Paint)
  /** One line of text in logical order; `x` is its left edge, `y` the baseline, `width` its measured advance. */
  | { kind: 'text'; x: number; y: number; text: string; font: FontId; size: number; color: Color; width: number; hints?: TextHints }
  /** A clickable area that jumps to another page of the document (0-based). */
  | { kind: 'link'; x: number; y: number; w: number; h: number; toPage: number };

export interface PageSize {
  width: number;
  height: number;
}

export interface LaidOutPage {
  size: PageSize;
  items: Primitive[];
}

export interface OutlineEntry {
  title: string;
  /** 0-based page index. */
  page: number;
  children?: OutlineEntry[];
}

export interface DocumentProperties {
  title: string;
  author: string;
  subject: string;
  keywords: string;
  creator: string;
}

export interface LaidOutDocument {
  pages: LaidOutPage[];
  outline: OutlineEntry[];
  properties: DocumentProperties;
}
