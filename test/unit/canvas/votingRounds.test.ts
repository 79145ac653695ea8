import { describe, expect, it } from 'vitest';
import {
  allowedBallot,
  castRoundVote,
  clearRound,
  closeRound,
  notesOfCanvas,
  openRound,
  roundCounts,
  roundsOfCanvas,
  setBallot,
  setNoteText,
  toEntities,
  updateRound,
  voterCounts,
  withdrawRoundVote,
  type WorkshopEntities,
} from '../../../src/domain';
import { restoreBundle } from '../../../src/domain/restore';
import { toBundle } from '../../../src/domain/bundle';
import { fixedExample } from '../../fixtures/bundles';

const AT = '2026-11-01T10:00:00.000Z';

function example(): { entities: WorkshopEntities; canvasId: string; noteIds: string[] } {
  const entities = toEntities(fixedExample());
  const canvasId = Object.keys(entities.canvases)[0]!;
  return { entities, canvasId, noteIds: notesOfCanvas(entities, canvasId).map((n) => n.id) };
}

describe('the budget and one vote per note', () => {
  it('keeps the earliest notes within the budget, in whole dots, one per note when the round says so', () => {
    const wanted: [string, number][] = [
      ['a', 2],
      ['b', 1],
      ['c', 5],
      ['d', -1],
      ['e', 1.5],
    ];
    expect([...allowedBallot({ votesPerPerson: 4, onePerNote: false }, wanted)]).toEqual([
      ['a', 2],
      ['b', 1],
      ['c', 1],
    ]);
    expect([...allowedBallot({ votesPerPerson: 4, onePerNote: true }, wanted)]).toEqual([
      ['a', 1],
      ['b', 1],
      ['c', 1],
    ]);
    expect(allowedBallot({ votesPerPerson: 3, onePerNote: false }, []).size).toBe(0);
  });
});

describe('voting rounds as records', () => {
  it('derives each note’s count from the latest round, and a new round starts every count at zero', () => {
    const { entities, canvasId, noteIds } = example();
    const [a, b] = noteIds as [string, string];
    const first = openRound(entities, canvasId, { votesPerPerson: 3, onePerNote: false }, AT);
    let e = setBallot(first.entities, first.result, 'ada', new Map([[a, 2]]), 'Ada', AT);
    e = setBallot(e, first.result, 'grace', new Map([[a, 1], [b, 1]]), undefined, AT);
    expect(e.notes[a]!.votes).toBe(3);
    expect(e.notes[b]!.votes).toBe(1);
    expect(Object.values(e.votes).filter((v) => v.voterName === 'Ada')).toHaveLength(2);

    const second = openRound(e, canvasId, { votesPerPerson: 1, onePerNote: true }, '2026-11-01T10:10:00.000Z');
    expect(second.entities.votingRounds[first.result]!.endedAt).toBe('2026-11-01T10:10:00.000Z');
    expect(notesOfCanvas(second.entities, canvasId).every((n) => n.votes === 0)).toBe(true);
    // The first round is kept, to compare.
    expect(roundCounts(second.entities, first.result).get(a)).toBe(3);
    expect(roundsOfCanvas(second.entities, canvasId).map((r) => r.id)).toEqual([first.result, second.result]);
  });

  it('applying the same ballot again changes nothing, so merging a participant twice adds no votes', () => {
    const { entities, canvasId, noteIds } = example();
    const round = openRound(entities, canvasId, { votesPerPerson: 3, onePerNote: false }, AT);
    const once = setBallot(round.entities, round.result, 'ada', new Map([[noteIds[0]!, 2]]), undefined, AT);
    expect(setBallot(once, round.result, 'ada', new Map([[noteIds[0]!, 2]]), undefined, AT)).toBe(once);
    const fewer = setBallot(once, round.result, 'ada', new Map([[noteIds[0]!, 1]]), undefined, AT);
    expect(voterCounts(fewer, round.result, 'ada').get(noteIds[0]!)).toBe(1);
    expect(fewer.notes[noteIds[0]!]!.votes).toBe(1);
  });

  it('refuses a dot over the budget, a second dot on a note in a one-per-note round, and any dot once the round is closed', () => {
    const { entities, canvasId, noteIds } = example();
    const [a, b] = noteIds as [string, string];
    const round = openRound(entities, canvasId, { votesPerPerson: 2, onePerNote: true }, AT);
    const one = castRoundVote(round.entities, round.result, a, 'screen-1', AT);
    expect(one.result).toBe(true);
    expect(castRoundVote(one.entities, round.result, a, 'screen-1', AT)).toMatchObject({ result: false });
    const two = castRoundVote(one.entities, round.result, b, 'screen-1', AT);
    expect(castRoundVote(two.entities, round.result, noteIds[2]!, 'screen-1', AT).result).toBe(false);
    expect(withdrawRoundVote(two.entities, round.result, b, 'screen-1', AT).entities.notes[b]!.votes).toBe(0);
    expect(withdrawRoundVote(two.entities, round.result, b, 'screen-2', AT).result).toBe(false);
    const closed = closeRound(two.entities, round.result, AT);
    expect(castRoundVote(closed, round.result, noteIds[3]!, 'screen-2', AT).result).toBe(false);
  });

  it('reveals, resets, and a deleted note takes its votes with it; the whole thing passes the one way in', () => {
    const { entities, canvasId, noteIds } = example();
    const [a, b] = noteIds as [string, string];
    const round = openRound(entities, canvasId, { votesPerPerson: 3, onePerNote: false }, AT);
    let e = setBallot(round.entities, round.result, 'ada', new Map([[a, 1], [b, 2]]), undefined, AT);
    e = updateRound(e, round.result, { revealed: true }, AT);
    expect(e.votingRounds[round.result]!.revealed).toBe(true);
    expect(restoreBundle(toBundle(e), { repair: false })).toMatchObject({ ok: true });
    const deleted = setNoteText(e, b, '', AT);
    expect(Object.values(deleted.votes).map((v) => v.noteId)).toEqual([a]);
    expect(restoreBundle(toBundle(deleted), { repair: false })).toMatchObject({ ok: true });
    const cleared = clearRound(e, round.result, AT);
    expect(Object.keys(cleared.votes)).toHaveLength(0);
    expect(cleared.notes[b]!.votes).toBe(0);
  });
});
