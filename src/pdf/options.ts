export const EXPORT_KINDS = ['canvas', 'canvases', 'map', 'report'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export const PAGE_FORMATS = ['a4', 'letter', 'a3'] as const;
export type PageFormat = (typeof PAGE_FORMATS)[number];
export type Orientation = 'portrait' | 'landscape';

export interface ExportOptions {
  what: ExportKind;
  /** The canvas for `what: 'canvas'`. */
  canvasId: string | null;
  format: PageFormat;
  orientation: Orientation;
  showVotes: boolean;
  /** A live session participant's name under their note. */
  showAuthors: boolean;
  showScores: boolean;
  /** The export date printed in headers, `YYYY-MM-DD`. */
  date: string;
}

export const EXPORT_KIND_LABELS: Record<ExportKind, string> = {
  canvas: 'Current canvas',
  canvases: 'All canvases',
  map: 'Ecosystem tier map',
  report: 'Full workshop report',
};

/** The file-name part for each kind: `<workshop>-<what>-<date>.pdf`. */
export const EXPORT_KIND_SLUGS: Record<ExportKind, string> = {
  canvas: 'canvas',
  canvases: 'canvases',
  map: 'tier-map',
  report: 'report',
};

export const PAGE_FORMAT_LABELS: Record<PageFormat, string> = { a4: 'A4', letter: 'Letter', a3: 'A3' };

/** Portrait sizes in points. */
const FORMAT_SIZES: Record<PageFormat, { width: number; height: number }> = {
  a4: { width: 595.28, height: 841.89 },
  letter: { width: 612, height: 792 },
  a3: { width: 841.89, height: 1190.55 },
};

export function pageSizeFor(format: PageFormat, orientation: Orientation): { width: number; height: number } {
  const { width, height } = FORMAT_SIZES[format];
  return orientation === 'portrait' ? { width, height } : { width: height, height: width };
}

/** Canvases and the map read best across the page, the report down it. */
export function defaultOrientation(what: ExportKind): Orientation {
  return what === 'report' ? 'portrait' : 'landscape';
}
