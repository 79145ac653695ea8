import type { NoteColor, PartnerType } from '../domain/records';
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

export const TYPE_COLOR: Record<PartnerType, Color> = {
  channel: '#2d6cdf',
  technology: '#0e9384',
  innovation: '#d9612b',
};

export const TYPE_SOFT: Record<PartnerType, Color> = {
  channel: '#e3ecfb',
  technology: '#dcf2ef',
  innovation: '#fbe7dd',
};

export const TYPE_LETTER: Record<PartnerType, string> = { channel: 'C', technology: 'T', innovation: 'I' };
