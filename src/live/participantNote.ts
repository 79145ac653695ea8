import { z } from 'zod';
import { cleanNoteText } from '../domain/canvasNotes';
import { CANVAS_FIELDS } from '../domain/records';
import { LIVE_LIMITS } from './limits';
import type { RefusalReason } from './inbox';

/** A note key chosen by the participant's device (the domain's IDs); anything else is refused. */
const KEY = /^[A-Za-z0-9_-]{1,64}$/;

/** The largest text looked at; longer is cut before cleaning, so a hostile note cannot cost much time. */
const MAX_RAW_TEXT = LIVE_LIMITS.noteText * 8;

const outboxNoteSchema = z.object({
  field: z.enum(CANVAS_FIELDS),
  text: z.string(),
  rev: z.number().int().min(1).max(1_000_000_000),
  at: z.string().max(40).optional(),
  deleted: z.literal(true).optional(),
});

export type ParticipantNote =
  | { ok: true; key: string; field: (typeof CANVAS_FIELDS)[number]; text: string; clamped: boolean; rev: number; at: string; deleted: boolean }
  | { ok: false; key: string; rev: number; reason: RefusalReason };

/** Control characters other than line breaks and tabs, and bidirectional overrides, which could disguise text. */
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** A participant's text as the canvas stores it: cleaned like the editor's, then clamped to the live limit. */
export function cleanParticipantText(raw: string): { text: string; clamped: boolean } {
  const cleaned = cleanNoteText(raw.slice(0, MAX_RAW_TEXT).replace(UNSAFE_CHARACTERS, ''));
  const chars = Array.from(cleaned);
  if (chars.length <= LIVE_LIMITS.noteText) return { text: cleaned, clamped: false };
  return { text: chars.slice(0, LIVE_LIMITS.noteText).join('').replace(/\s+$/u, ''), clamped: true };
}

/** The one way in for a participant's note: checked against the schema, cleaned and clamped, or refused with a reason. */
export function readParticipantNote(key: string, value: unknown): ParticipantNote {
  const rev = typeof value === 'object' && value !== null && typeof (value as { rev?: unknown }).rev === 'number' ? (value as { rev: number }).rev : 0;
  if (!KEY.test(key)) return { ok: false, key, rev, reason: 'invalid' };
  const parsed = outboxNoteSchema.safeParse(value);
  if (!parsed.success) return { ok: false, key, rev, reason: 'invalid' };
  const { field, rev: revision, at = '', deleted = false } = parsed.data;
  if (deleted) return { ok: true, key, field, text: '', clamped: false, rev: revision, at, deleted };
  const { text, clamped } = cleanParticipantText(parsed.data.text);
  if (text === '') return { ok: false, key, rev: revision, reason: 'empty' };
  return { ok: true, key, field, text, clamped, rev: revision, at, deleted };
}
