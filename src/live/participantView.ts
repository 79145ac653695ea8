import { CANVAS_FIELDS, type CanvasField, type NoteColor } from '../domain/canvasFields';
import type { BoardNote } from './board';
import type { Ack, RefusalReason } from './inbox';
import type { OutboxNote } from './outbox';

export type OwnNoteState = 'waiting' | 'on-canvas' | 'clamped' | 'refused' | 'removed';

export interface OwnNoteView {
  key: string;
  field: CanvasField;
  text: string;
  state: OwnNoteState;
  reason?: RefusalReason;
  /** The board note it became, once on the canvas (what a vote is cast on). */
  noteId?: string;
  /** The colour the facilitator gave it on the canvas, once it is there. */
  color?: NoteColor;
}

export interface FieldView {
  field: CanvasField;
  /** Everyone else's notes on the board, read-only. */
  others: (BoardNote & { id: string })[];
  /** This participant's own notes, editable, each with what became of it. */
  own: OwnNoteView[];
}

function stateOf(note: OutboxNote, ack: Ack | undefined): Pick<OwnNoteView, 'state' | 'reason'> {
  if (!ack || ack.rev < note.rev) return { state: 'waiting' };
  if (ack.status === 'refused') return { state: 'refused', ...(ack.reason ? { reason: ack.reason } : {}) };
  if (ack.status === 'removed' || ack.status === 'deleted') return { state: 'removed' };
  return { state: ack.status };
}

/**
 * What a participant's device shows per field: the board's notes, with their own notes in place of the board's
 * copies (so each note shows once), in the field where the facilitator put it. A copy is theirs by the
 * acknowledgement, or, while that is still on its way (it comes in another document, after the save), by their key.
 */
export function participantFields(board: (BoardNote & { id: string })[], own: (OutboxNote & { key: string })[], acks: ReadonlyMap<string, Ack>): FieldView[] {
  const boardById = new Map(board.map((n) => [n.id, n]));
  const byKey = new Map<string, BoardNote & { id: string }>();
  for (const n of board) if (n.key !== undefined && !byKey.has(n.key)) byKey.set(n.key, n);
  const mine = new Set<string>();
  const views = own.map((note): OwnNoteView => {
    const ack = acks.get(note.key);
    const onBoard = ack ? (ack.noteId ? boardById.get(ack.noteId) : undefined) : byKey.get(note.key);
    if (ack?.noteId) mine.add(ack.noteId);
    else if (onBoard) mine.add(onBoard.id);
    return { key: note.key, field: onBoard?.field ?? note.field, text: note.text, ...stateOf(note, ack), ...(onBoard ? { noteId: onBoard.id, color: onBoard.color } : {}) };
  });
  return CANVAS_FIELDS.map((field) => ({
    field,
    others: board.filter((n) => n.field === field && !mine.has(n.id)),
    own: views.filter((n) => n.field === field),
  }));
}

/** What a participant is told about a note, in words. */
export function ownNoteStatus(note: OwnNoteView, connected: boolean, limits: { noteText: number; notesPerParticipant: number }): string {
  switch (note.state) {
    case 'waiting':
      return connected ? 'Sending…' : 'Kept on this phone — will be sent';
    case 'on-canvas':
      return 'On the canvas';
    case 'clamped':
      return `On the canvas, shortened to ${limits.noteText.toLocaleString('en')} characters`;
    case 'removed':
      return 'Removed by the facilitator';
    case 'refused':
      if (note.reason === 'limit') return `Not added: you already have ${limits.notesPerParticipant} notes on this canvas`;
      if (note.reason === 'empty') return 'Not added: the note is empty';
      if (note.reason === 'locked') return 'Waiting: the board is locked. It goes on the canvas when the facilitator unlocks it';
      return 'Not added: this note could not be read';
  }
}
