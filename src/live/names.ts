/**
 * The documents of a live session and who may write them (docs/ARCHITECTURE.md, "Live sessions"):
 * - `board`: the canvas everyone sees; written by the facilitator's app only.
 * - `roster`: who joined and who is connected; written by the server only, read by the facilitator.
 * - `out.<participant>`: one participant's own notes (and later votes, presence); written by that participant only.
 * - `in.<participant>`: what is for that participant alone (acknowledgements, refusals); written by the facilitator only.
 */
export const BOARD_DOC = 'board';
export const ROSTER_DOC = 'roster';

/** Participant IDs are issued by the server: 12 characters of lowercase letters and digits. */
export const PARTICIPANT_ID = /^[a-z0-9]{12}$/;

export const outboxName = (participantId: string): string => `out.${participantId}`;
export const inboxName = (participantId: string): string => `in.${participantId}`;

export type LiveDocName =
  | { kind: 'board' }
  | { kind: 'roster' }
  | { kind: 'outbox'; participantId: string }
  | { kind: 'inbox'; participantId: string };

/** Reads a document name sent by a client; anything else is not a document of the session. */
export function parseDocName(name: string): LiveDocName | null {
  if (name === BOARD_DOC) return { kind: 'board' };
  if (name === ROSTER_DOC) return { kind: 'roster' };
  const match = /^(out|in)\.([a-z0-9]{12})$/.exec(name);
  if (!match || !match[2]) return null;
  return { kind: match[1] === 'out' ? 'outbox' : 'inbox', participantId: match[2] };
}
