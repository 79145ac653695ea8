import { castRoundVote, castVote, clampVotesPerParticipant, clearRound, resetVotes, sortCanvasByVotes, updateRound, votesLeft, withdrawRoundVote, withdrawVote } from '../domain';
import { setRoundRevealed, useCanvasRoom, type VotingSession } from './canvasRoom';
import { noteHeights } from './noteHeights';
import { commit, useWorkshopStore } from './workshopStore';

/** The voting round's own actions; switching voting on and off is the room mode's (canvasRoom.ts). */

const voting = () => useCanvasRoom.getState().voting;
const setVoting = (next: VotingSession) => useCanvasRoom.setState({ voting: next });

export function setVotesPerParticipant(value: number): void {
  const perParticipant = clampVotesPerParticipant(value);
  const current = voting();
  if (current) commit((e) => updateRound(e, current.roundId, { votesPerPerson: perParticipant }), { origin: 'system' });
  useCanvasRoom.setState({ votesPerParticipant: perParticipant, voting: current && { ...current, ballot: { ...current.ballot, perParticipant } } });
}

export function setOnePerNote(onePerNote: boolean): void {
  const current = voting();
  if (current) commit((e) => updateRound(e, current.roundId, { onePerNote }), { origin: 'system' });
  useCanvasRoom.setState({ onePerNote });
}

/** The voter at the facilitator's screen, whose turn it is ("Participant 2"). */
const screenVoter = (session: VotingSession) => `screen-${session.participant}`;

export function nextParticipant(): void {
  const current = voting();
  if (current) setVoting({ ...current, participant: current.participant + 1, ballot: { ...current.ballot, used: 0 }, mine: {} });
}

export type VoteResult = 'added' | 'removed' | 'no-votes-left' | 'one-per-note' | 'nothing-to-remove' | 'not-voting';

/** A click on a note during voting: adds one of the participant's dots, or takes one of theirs back. */
export function voteOnNote(noteId: string, takeBack: boolean): VoteResult {
  const current = voting();
  const note = useWorkshopStore.getState().entities?.notes[noteId];
  if (!current || !note) return 'not-voting';
  const mineHere = current.mine[noteId] ?? 0;
  const voter = screenVoter(current);
  if (takeBack) {
    if (mineHere <= 0 || !commit((e) => withdrawRoundVote(e, current.roundId, noteId, voter), { origin: 'local' })) return 'nothing-to-remove';
    setVoting({ ...current, ballot: withdrawVote(current.ballot), mine: { ...current.mine, [noteId]: mineHere - 1 } });
    return 'removed';
  }
  const ballot = castVote(current.ballot);
  if (!ballot) return 'no-votes-left';
  if (!commit((e) => castRoundVote(e, current.roundId, noteId, voter), { origin: 'local' })) return 'one-per-note';
  setVoting({ ...current, ballot, mine: { ...current.mine, [noteId]: mineHere + 1 } });
  return 'added';
}

export function revealVotes(revealed = true): void {
  const current = voting();
  if (current) setRoundRevealed(current.roundId, revealed);
}

export function sortByVotes(canvasId: string): void {
  commit((e) => sortCanvasByVotes(e, canvasId, noteHeights()), { origin: 'local' });
}

export function resetCanvasVotes(canvasId: string): void {
  const current = voting();
  commit((e) => resetVotes(current?.canvasId === canvasId ? clearRound(e, current.roundId) : e, canvasId), { origin: 'local' });
  if (current) setVoting({ ...current, participant: 1, ballot: { ...current.ballot, used: 0 }, mine: {} });
}

export { votesLeft };
