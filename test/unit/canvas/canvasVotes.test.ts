import { describe, expect, it } from 'vitest';
import {
  addVote,
  castVote,
  clampVotesPerParticipant,
  createExampleWorkshop,
  notesInField,
  notesOfCanvas,
  removeVote,
  resetVotes,
  slotPosition,
  sortCanvasByVotes,
  toEntities,
  votesLeft,
  withdrawVote,
  CANVAS_FIELDS,
  type Note,
} from '../../../src/domain';

const AT = '2026-03-02T09:00:00.000Z';

function example() {
  const entities = toEntities(createExampleWorkshop(AT));
  const canvasId = Object.values(entities.canvases).find((c) => c.partnerId === null)?.id ?? '';
  return { entities, canvasId, notes: notesOfCanvas(entities, canvasId) };
}

const totalVotes = (notes: readonly Note[]) => notes.reduce((sum, note) => sum + note.votes, 0);

describe('votes on notes', () => {
  it('adds and removes one vote at a time, never below zero', () => {
    const { entities, notes } = example();
    const note = notes[0];
    if (!note) throw new Error('no note');
    const up = addVote(entities, note.id);
    expect(up.notes[note.id]?.votes).toBe(note.votes + 1);
    let down = up;
    for (let i = 0; i < note.votes + 5; i++) down = removeVote(down, note.id);
    expect(down.notes[note.id]?.votes).toBe(0);
    expect(removeVote(down, note.id)).toBe(down);
  });

  it('reset clears only the given canvas', () => {
    const { entities, canvasId } = example();
    const reset = resetVotes(entities, canvasId);
    expect(totalVotes(notesOfCanvas(reset, canvasId))).toBe(0);
    const other = Object.keys(entities.canvases).find((id) => id !== canvasId) ?? '';
    expect(totalVotes(notesOfCanvas(reset, other))).toBe(totalVotes(notesOfCanvas(entities, other)));
  });

  it('sort by votes lays every field out on its grid, most votes first', () => {
    const { entities, canvasId, notes } = example();
    const least = notesInField(notes, 'createdValue').reduce((a, b) => (a.votes <= b.votes ? a : b));
    let voted = entities;
    for (let i = 0; i < 10; i++) voted = addVote(voted, least.id);
    const sorted = sortCanvasByVotes(voted, canvasId);
    for (const field of CANVAS_FIELDS) {
      const inField = notesInField(notesOfCanvas(sorted, canvasId), field);
      expect(inField.map((n) => n.votes)).toEqual([...inField.map((n) => n.votes)].sort((a, b) => b - a));
      inField.forEach((note, i) => expect({ x: note.x, y: note.y }).toEqual(slotPosition(i)));
    }
    expect(notesInField(notesOfCanvas(sorted, canvasId), 'createdValue')[0]?.id).toBe(least.id);
  });
});

describe('a participant’s ballot', () => {
  it('allows exactly the votes per participant, and gives back a withdrawn one', () => {
    let ballot = { perParticipant: 2, used: 0 };
    const first = castVote(ballot);
    expect(first).toEqual({ perParticipant: 2, used: 1 });
    ballot = castVote(first ?? ballot) ?? ballot;
    expect(votesLeft(ballot)).toBe(0);
    expect(castVote(ballot)).toBeNull();
    expect(votesLeft(withdrawVote(ballot))).toBe(1);
    expect(withdrawVote({ perParticipant: 2, used: 0 }).used).toBe(0);
  });

  it('keeps votes per participant between 1 and 20', () => {
    expect(clampVotesPerParticipant(0)).toBe(1);
    expect(clampVotesPerParticipant(3.4)).toBe(3);
    expect(clampVotesPerParticipant(99)).toBe(20);
    expect(clampVotesPerParticipant(Number.NaN)).toBe(3);
  });
});
