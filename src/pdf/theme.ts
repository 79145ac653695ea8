import type { EdgeKind, NoteColor, PartnerType } from '../domain/records';
import { EDGE_STYLES, TYPE_MARKS } from '../domain/visualLanguage';
import type { Color } from './primitives';

/** The app's light theme tokens (src/styles/theme.css), as printed colours. */
export const INK = {
  text: '#1b2130',
  text2: '#4a5263',
  text3: '#737b8c',
  border: '#e2e5ea',
  borderStrong: '#c9ced6',
  surface2: '#f4f5f7',
  surface: '#ffffff',
  accent: '#2d5bd3',
  accentSoft: '#e8eefc',
  danger: '#c0392b',
  dangerSoft: '#fdecea',
  ok: '#1e8e5a',
} as const;

export const NOTE_FILL: Record<NoteColor, Color> = {
  yellow: '#fff1a8',
  orange: '#ffd6a5',
  pink: '#ffc8dd',
  blue: '#cde4ff',
  green: '#c9f2d0',
  purple: '#e3d5ff',
};

/** A darker edge for each note colour so boxes stay distinct when printed in greyscale. */
export const NOTE_EDGE: Record<NoteColor, Color> = {
  yellow: '#e6cf5c',
  orange: '#eeb26b',
  pink: '#ec9dbb',
  blue: '#94bff0',
  green: '#8fd69b',
  purple: '#b9a2ee',
};

const byType = <T>(pick: (type: PartnerType) => T): Record<PartnerType, T> => ({ channel: pick('channel'), technology: pick('technology'), innovation: pick('innovation') });

/** Partner types and exchange kinds as the app shows them (src/domain/visualLanguage.ts), in print colours. */
export const TYPE_COLOR: Record<PartnerType, Color> = byType((t) => TYPE_MARKS[t].color.light);
export const TYPE_SOFT: Record<PartnerType, Color> = byType((t) => TYPE_MARKS[t].soft.light);
export const TYPE_LETTER: Record<PartnerType, string> = { channel: 'C', technology: 'T', innovation: 'I' };
export const EDGE_COLOR = Object.fromEntries(Object.entries(EDGE_STYLES).map(([kind, style]) => [kind, style.color.light])) as Record<EdgeKind, Color>;
