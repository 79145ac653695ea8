import { describe, expect, it } from 'vitest';
import type { Ack } from '../../../src/live/inbox';
import { LIVE_LIMITS } from '../../../src/live/limits';
import { ownNoteStatus, participantFields } from '../../../src/live/participantView';

const own = (key: string, text: string, rev = 1) => ({ key, field: 'valueOffer' as const, text, rev, at: '' });

describe("a participant's view of the board", () => {
  it('shows each of their notes once, where the facilitator put it, with what became of it', () => {
    const board = [
      { id: 'c1', field: 'createdValue' as const, text: 'Mine, moved', color: 'yellow' as const, order: 0 },
      { id: 'c2', field: 'valueOffer' as const, text: 'Someone else', color: 'blue' as const, order: 1 },
    ];
    const acks = new Map<string, Ack>([
      ['k1', { status: 'on-canvas', rev: 1, noteId: 'c1' }],
      ['k3', { status: 'refused', rev: 1, reason: 'limit' }],
    ]);
    const fields = participantFields(board, [own('k1', 'Mine, moved'), own('k2', 'Not yet'), own('k3', 'Too many')], acks);
    const byField = Object.fromEntries(fields.map((f) => [f.field, f]));
    expect(byField.createdValue?.own.map((n) => [n.key, n.state])).toEqual([['k1', 'on-canvas']]);
    // In the colour the facilitator gave it; a note not on the board yet has none.
    expect(byField.createdValue?.own[0]?.color).toBe('yellow');
    expect(byField.valueOffer?.own.map((n) => n.color)).toEqual([undefined, undefined]);
    expect(byField.createdValue?.others).toEqual([]);
    expect(byField.valueOffer?.others.map((n) => n.id)).toEqual(['c2']);
    expect(byField.valueOffer?.own.map((n) => [n.key, n.state, n.reason])).toEqual([
      ['k2', 'waiting', undefined],
      ['k3', 'refused', 'limit'],
    ]);
  });

  it('shows their note once while the acknowledgement is still on its way: the board copy with their key is theirs', () => {
    const board = [
      { id: 'c1', field: 'createdValue' as const, text: 'Mine', color: 'yellow' as const, order: 0, key: 'k1' },
      { id: 'c2', field: 'createdValue' as const, text: 'Mine', color: 'yellow' as const, order: 1, key: 'k1' },
      { id: 'c3', field: 'valueOffer' as const, text: 'Refused here, copied there', color: 'blue' as const, order: 2, key: 'k2' },
    ];
    const acks = new Map<string, Ack>([['k2', { status: 'refused', rev: 1, reason: 'invalid' }]]);
    const fields = participantFields(board, [own('k1', 'Mine'), own('k2', 'Refused here, copied there')], acks);
    const byField = Object.fromEntries(fields.map((f) => [f.field, f]));
    // Waiting for its answer, shown where the facilitator put it; a second copy (the facilitator duplicated it) stays.
    expect(byField.createdValue?.own.map((n) => [n.key, n.state])).toEqual([['k1', 'waiting']]);
    expect(byField.createdValue?.others.map((n) => n.id)).toEqual(['c2']);
    // An answered note is matched by its answer only.
    expect(byField.valueOffer?.others.map((n) => n.id)).toEqual(['c3']);
  });

  it('treats an edit the facilitator has not answered yet as waiting, and says so by connection', () => {
    const acks = new Map<string, Ack>([['k1', { status: 'on-canvas', rev: 1, noteId: 'c1' }]]);
    const [note] = participantFields([], [own('k1', 'Edited', 2)], acks).flatMap((f) => f.own);
    expect(note?.state).toBe('waiting');
    expect(ownNoteStatus(note!, true, LIVE_LIMITS)).toBe('Sending…');
    expect(ownNoteStatus(note!, false, LIVE_LIMITS)).toBe('Kept on this phone — will be sent');
    expect(ownNoteStatus({ ...note!, state: 'clamped' }, true, LIVE_LIMITS)).toBe('On the canvas, shortened to 2,000 characters');
  });
});
