import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { closeRound, notesOfCanvas, openRound, toEntities, voterCounts } from '../../../src/domain';
import { ownVotes, outboxVotes, setOwnVote } from '../../../src/live/ballots';
import { mergeParticipantVotes } from '../../../src/live/voteMerge';
import { fixedExample } from '../../fixtures/bundles';

const AT = '2026-11-01T10:00:00.000Z';
const ada = { id: 'adaparticipa', name: 'Ada' };

function session(rules = { votesPerPerson: 2, onePerNote: true }) {
  const start = toEntities(fixedExample());
  const canvasId = Object.keys(start.canvases)[0]!;
  const round = openRound(start, canvasId, rules, AT);
  const notes = notesOfCanvas(round.entities, canvasId).map((n) => n.id);
  // The phone writes its outbox; the facilitator's copy receives it through Yjs updates.
  const phone = new Y.Doc();
  const copy = new Y.Doc();
  phone.on('update', (update: Uint8Array) => Y.applyUpdate(copy, update));
  return { entities: round.entities, canvasId, roundId: round.result, notes, phone, copy };
}

describe("merging a participant's votes", () => {
  it('stores their dots as votes in their name, and merging again adds none', () => {
    const { entities, canvasId, roundId, notes, phone, copy } = session();
    setOwnVote(phone, roundId, notes[0]!, 1);
    setOwnVote(phone, roundId, notes[1]!, 1);
    expect([...ownVotes(phone, roundId).values()]).toEqual([1, 1]);
    const merged = mergeParticipantVotes(entities, { canvasId, named: true, at: AT }, ada, outboxVotes(copy).entries());
    expect(Object.values(merged.votes).map((v) => [v.voter, v.voterName])).toEqual([
      [ada.id, 'Ada'],
      [ada.id, 'Ada'],
    ]);
    expect(mergeParticipantVotes(merged, { canvasId, named: true, at: AT }, ada, outboxVotes(copy).entries())).toBe(merged);
    setOwnVote(phone, roundId, notes[0]!, 0);
    const fewer = mergeParticipantVotes(merged, { canvasId, named: true, at: AT }, ada, outboxVotes(copy).entries());
    expect(voterCounts(fewer, roundId, ada.id)).toEqual(new Map([[notes[1]!, 1]]));
  });

  it('holds a device that writes past the rules (a script) to the budget and one vote per note, and ignores other rounds and junk', () => {
    const { entities, canvasId, roundId, notes, copy } = session();
    const votes = outboxVotes(copy);
    votes.set(`${roundId}/${notes[0]}`, 50);
    votes.set(`${roundId}/${notes[1]}`, 3);
    votes.set(`${roundId}/${notes[2]}`, 1);
    votes.set(`old-round/${notes[3]}`, 1);
    votes.set(`${roundId}/not-a-note`, 1);
    votes.set('garbage', 'x');
    const merged = mergeParticipantVotes(entities, { canvasId, named: false, at: AT }, ada, votes.entries());
    const mine = voterCounts(merged, roundId, ada.id);
    expect([...mine.values()].reduce((a, b) => a + b, 0)).toBe(2);
    expect([...mine.values()].every((n) => n === 1)).toBe(true);
    expect(Object.values(merged.votes).every((v) => v.voterName === undefined)).toBe(true);
  });

  it('changes nothing once the round is closed', () => {
    const { entities, canvasId, roundId, notes, copy } = session();
    outboxVotes(copy).set(`${roundId}/${notes[0]}`, 1);
    const closed = closeRound(entities, roundId, AT);
    expect(mergeParticipantVotes(closed, { canvasId, named: true, at: AT }, ada, outboxVotes(copy).entries())).toBe(closed);
  });
});
