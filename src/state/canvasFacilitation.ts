import { addVote, castVote, clampVotesPerParticipant, removeVote, resetVotes, sortCanvasByVotes, votesLeft, withdrawVote } from '../domain';
import { useCanvasRoom, type VotingSession } from './canvasRoom';
import { noteHeights } from './noteHeights';
import { commit, useWorkshopStore } from './workshopStore';

/** The voting round's own actions; switching voting on and off is the room mode's (canvasRoom.ts). */

const voting = () => useCanvasRoom.getState().voting;
const setVoting = (next: VotingSession) => useCanvasRoom.setState({ voting: next });

export function setVotesPerParticipant(value: number): void {
  const perParticipant = clampVotesPerParticipant(value);
  const current = voting();
  useCanvasRoom.setState({ votesPerParticipant: perParticipant, voting: current && { ...current, ballot: { ...current.ballot, perParticipant } } });
}

export function nextParticipant(): void {
  const current = voting();
  if (current) setVoting({ ...current, participant: current.participant + 1, ballot: { ...current.ballot, used: 0 }, mine: {} });
}

export type VoteResult = 'added' | 'removed' | 'no-votes-left' | 'nothing-to-remove' | 'not-voting';

/** A click on a note during voting: adds one of the participant's dots, or takes one of theirs back. */
export function voteOnNote(noteId: string, takeBack: boolean): VoteResult {
  const current = voting();
  const note = useWorkshopStore.getState().entities?.notes[noteId];
  if (!current || !note) return 'not-voting';
  const mineHere = current.mine[noteId] ?? 0;
  if (takeBack) {
    if (note.votes <= 0 || mineHere <= 0) return 'nothing-to-remove';
    commit((e) => removeVote(e, noteId), { origin: 'local' });
    setVoting({ ...current, ballot: withdrawVote(current.ballot), mine: { ...current.mine, [noteId]: mineHere - 1 } });
    return 'removed';
  }
  const ballot = castVote(current.ballot);
  if (!ballot) return 'no-votes-left';
  commit((e) => addVote(e, noteId), { origin: 'local' });
  setVoting({ ...current, ballot, mine: { ...current.mine, [noteId]: mineHere + 1 } });
  return 'added';
}

export function revealVotes(revealed = true): void {
  const current = voting();
  if (current) setVoting({ ...current, revealed });
}

export function sortByVotes(canvasId: string): void {
  commit((e) => sortCanvasByVotes(e, canvasId, noteHeights()), { origin: 'local' });
}

export function resetCanvasVotes(canvasId: string): void {
  commit((e) => resetVotes(e, canvasId), { origin: 'local' });
  const current = voting();
  if (current) setVoting({ ...current, participant: 1, ballot: { ...current.ballot, used: 0 }, mine: {} });
}

export { votesLeft };
