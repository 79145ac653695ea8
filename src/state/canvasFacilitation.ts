import { create } from 'zustand';
import {
  DEFAULT_VOTES_PER_PARTICIPANT,
  addVote,
  castVote,
  clampVotesPerParticipant,
  removeVote,
  resetVotes,
  sortCanvasByVotes,
  votesLeft,
  withdrawVote,
  type Ballot,
} from '../domain';
import { updateWorkshop, useWorkshopStore } from './workshopStore';

export interface VotingSession {
  canvasId: string;
  ballot: Ballot;
  participant: number;
  revealed: boolean;
}

/** Live-workshop state that is not part of the workshop document: voting round, hidden notes, presentation. */
interface FacilitationState {
  voting: VotingSession | null;
  votesPerParticipant: number;
  /** Silent brainstorming: notes are blurred until the facilitator reveals them. */
  notesHidden: boolean;
  /** null = not presenting; 0 = the whole canvas, 1–4 = one field. */
  presentStep: number | null;
}

export const useFacilitation = create<FacilitationState>(() => ({
  voting: null,
  votesPerParticipant: DEFAULT_VOTES_PER_PARTICIPANT,
  notesHidden: false,
  presentStep: null,
}));

export function startVoting(canvasId: string): void {
  const perParticipant = useFacilitation.getState().votesPerParticipant;
  useFacilitation.setState({ voting: { canvasId, ballot: { perParticipant, used: 0 }, participant: 1, revealed: false } });
}

export function endVoting(): void {
  useFacilitation.setState({ voting: null });
}

export function setVotesPerParticipant(value: number): void {
  const perParticipant = clampVotesPerParticipant(value);
  const { voting } = useFacilitation.getState();
  useFacilitation.setState({ votesPerParticipant: perParticipant, voting: voting && { ...voting, ballot: { ...voting.ballot, perParticipant } } });
}

export function nextParticipant(): void {
  const { voting } = useFacilitation.getState();
  if (voting) useFacilitation.setState({ voting: { ...voting, participant: voting.participant + 1, ballot: { ...voting.ballot, used: 0 } } });
}

export type VoteResult = 'added' | 'removed' | 'no-votes-left' | 'nothing-to-remove' | 'not-voting';

/** A click on a note during voting: adds one of the participant's dots, or takes one back. */
export function voteOnNote(noteId: string, takeBack: boolean): VoteResult {
  const { voting } = useFacilitation.getState();
  const note = useWorkshopStore.getState().entities?.notes[noteId];
  if (!voting || !note) return 'not-voting';
  if (takeBack) {
    if (note.votes <= 0) return 'nothing-to-remove';
    updateWorkshop((e) => removeVote(e, noteId));
    useFacilitation.setState({ voting: { ...voting, ballot: withdrawVote(voting.ballot) } });
    return 'removed';
  }
  const ballot = castVote(voting.ballot);
  if (!ballot) return 'no-votes-left';
  updateWorkshop((e) => addVote(e, noteId));
  useFacilitation.setState({ voting: { ...voting, ballot } });
  return 'added';
}

export function revealVotes(revealed = true): void {
  const { voting } = useFacilitation.getState();
  if (voting) useFacilitation.setState({ voting: { ...voting, revealed } });
}

export function sortByVotes(canvasId: string): void {
  updateWorkshop((e) => sortCanvasByVotes(e, canvasId));
}

export function resetCanvasVotes(canvasId: string): void {
  updateWorkshop((e) => resetVotes(e, canvasId));
  const { voting } = useFacilitation.getState();
  if (voting) useFacilitation.setState({ voting: { ...voting, participant: 1, ballot: { ...voting.ballot, used: 0 } } });
}

export function setNotesHidden(notesHidden: boolean): void {
  useFacilitation.setState({ notesHidden });
}

export function setPresentStep(presentStep: number | null): void {
  useFacilitation.setState({ presentStep });
}

export { votesLeft };
