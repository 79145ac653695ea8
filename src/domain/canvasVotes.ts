import type { WorkshopEntities } from './bundle';
import { tidyCanvas } from './canvasArrange';
import { notesOfCanvas, updateNotes } from './canvasNotes';
import type { Heights } from './notePlacement';
import { nowIso } from './ids';

export const DEFAULT_VOTES_PER_PARTICIPANT = 3;
export const MAX_VOTES_PER_PARTICIPANT = 20;
const MAX_VOTES = 10_000;

export function addVote(entities: WorkshopEntities, noteId: string, at: string = nowIso()): WorkshopEntities {
  return updateNotes(entities, [noteId], (note) => (note.votes >= MAX_VOTES ? note : { ...note, votes: note.votes + 1 }), at);
}

export function removeVote(entities: WorkshopEntities, noteId: string, at: string = nowIso()): WorkshopEntities {
  return updateNotes(entities, [noteId], (note) => (note.votes <= 0 ? note : { ...note, votes: note.votes - 1 }), at);
}

export function resetVotes(entities: WorkshopEntities, canvasId: string, at: string = nowIso()): WorkshopEntities {
  const ids = notesOfCanvas(entities, canvasId)
    .filter((note) => note.votes > 0)
    .map((note) => note.id);
  return updateNotes(entities, ids, (note) => ({ ...note, votes: 0 }), at);
}

/** Lays each field of the canvas out anew on its grid, most-voted note first. */
export function sortCanvasByVotes(entities: WorkshopEntities, canvasId: string, heights: Heights = {}, at: string = nowIso()): WorkshopEntities {
  return tidyCanvas(entities, canvasId, 'votes', { heights }, at);
}

/** A participant's dots: how many are left, and whether one more may be cast. */
export interface Ballot {
  perParticipant: number;
  used: number;
}

export function votesLeft(ballot: Ballot): number {
  return Math.max(0, ballot.perParticipant - ballot.used);
}

export function castVote(ballot: Ballot): Ballot | null {
  return votesLeft(ballot) > 0 ? { ...ballot, used: ballot.used + 1 } : null;
}

export function withdrawVote(ballot: Ballot): Ballot {
  return { ...ballot, used: Math.max(0, ballot.used - 1) };
}

export function clampVotesPerParticipant(value: number): number {
  if (!Number.isFinite(value)) return DEFAULT_VOTES_PER_PARTICIPANT;
  return Math.min(MAX_VOTES_PER_PARTICIPANT, Math.max(1, Math.round(value)));
}
