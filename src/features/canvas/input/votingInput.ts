import { voteOnNote, type VoteResult } from '../../../state/canvasFacilitation';
import { showCanvasNotice } from '../../../state/canvasNotice';
import type { ModeInput } from './types';

const MESSAGES: Partial<Record<VoteResult, string>> = {
  'no-votes-left': 'No votes left for this participant. Press “Next participant” to hand over.',
  'nothing-to-remove': 'This participant has no vote on this note to take back.',
  'one-per-note': 'One vote per note in this round: this participant has voted on this note already.',
};

/** Voting: a click on a note casts one of the participant's dots, Alt- or Shift-click takes one back. */
export const votingInput: ModeInput = {
  name: 'voting',
  noteClick(event, noteId, _field, ctx) {
    if (!ctx.rules.vote) return false;
    const message = MESSAGES[voteOnNote(noteId, event.altKey || event.shiftKey)];
    if (message) showCanvasNotice(message);
    return true;
  },
  // A double-click is two votes; it does not also try to edit.
  noteDoubleClick: (_event, _noteId, ctx) => ctx.rules.vote,
};
