import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Awareness, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { TYPING_IDLE_MS, TYPING_KEY, TypingSignal, typingField, type TypingValue } from '../../../src/live/presence';
import { TypingWatch, type TypingByParticipant } from '../../../src/state/live/typingWatch';

/** A participant's device as the server relays it: its outbox's awareness, encoded as it goes on the wire. */
function device() {
  const awareness = new Awareness(new Y.Doc());
  const updates: Uint8Array[] = [];
  awareness.on('update', ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }) =>
    updates.push(encodeAwarenessUpdate(awareness, [...added, ...updated, ...removed])),
  );
  return { awareness, updates, set: (value: TypingValue) => awareness.setLocalStateField(TYPING_KEY, value) };
}

describe('who is typing: the participant side', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('publishes the field once when typing starts, not on every keystroke', () => {
    const published: TypingValue[] = [];
    const signal = new TypingSignal((v) => published.push(v));
    signal.activity('valueOffer', true);
    signal.activity('valueOffer', true);
    signal.activity('valueOffer', true);
    expect(published).toEqual([{ field: 'valueOffer' }]);
    expect(signal.field).toBe('valueOffer');
  });

  it(`stops after ${TYPING_IDLE_MS} ms without a keystroke, and each keystroke starts that wait again`, () => {
    const published: TypingValue[] = [];
    const signal = new TypingSignal((v) => published.push(v));
    signal.activity('desiredAssets', true);
    vi.advanceTimersByTime(TYPING_IDLE_MS - 1);
    signal.activity('desiredAssets', true);
    vi.advanceTimersByTime(TYPING_IDLE_MS - 1);
    expect(signal.field).toBe('desiredAssets');
    vi.advanceTimersByTime(1);
    expect(signal.field).toBeNull();
    expect(published).toEqual([{ field: 'desiredAssets' }, null]);
    // Typing again after the pause shows again.
    signal.activity('desiredAssets', true);
    expect(published.at(-1)).toEqual({ field: 'desiredAssets' });
  });

  it('stops when the editor is emptied, submitted, cancelled or left, and the idle wait then publishes nothing more', () => {
    const published: TypingValue[] = [];
    const signal = new TypingSignal((v) => published.push(v));
    signal.activity('createdValue', true);
    signal.activity('createdValue', false);
    expect(signal.field).toBeNull();
    signal.activity('createdValue', true);
    signal.stop('createdValue');
    vi.advanceTimersByTime(TYPING_IDLE_MS * 2);
    expect(published).toEqual([{ field: 'createdValue' }, null, { field: 'createdValue' }, null]);
  });

  it("an editor that closes in one field does not stop the typing that moved to another", () => {
    const published: TypingValue[] = [];
    const signal = new TypingSignal((v) => published.push(v));
    signal.activity('valueOffer', true);
    signal.activity('transferActivity', true);
    signal.stop('valueOffer');
    expect(signal.field).toBe('transferActivity');
    signal.stop();
    expect(published).toEqual([{ field: 'valueOffer' }, { field: 'transferActivity' }, null]);
  });
});

describe('who is typing: reading presence a device sent', () => {
  it('reads a well-formed field and nothing else (the states come from a device and may be anything)', () => {
    expect(typingField([{ typing: { field: 'valueOffer' } }])).toBe('valueOffer');
    expect(typingField([{}, null, 'x', { typing: null }, { typing: { field: 'createdValue' } }])).toBe('createdValue');
    for (const bad of [{ typing: true }, { typing: { field: 'nope' } }, { typing: { field: 3 } }, { typing: 'valueOffer' }, { typing: { field: '__proto__' } }]) {
      expect(typingField([bad])).toBeNull();
    }
  });
});

describe("who is typing: the facilitator's watch over outboxes", () => {
  let seen: TypingByParticipant[];
  let watch: TypingWatch;
  beforeEach(() => {
    vi.useFakeTimers();
    seen = [];
    watch = new TypingWatch((typing) => seen.push(typing));
  });
  afterEach(() => {
    watch.destroy();
    vi.useRealTimers();
  });

  it("follows each participant's devices: typing in a field, then not", () => {
    const ada = device();
    const grace = device();
    ada.set({ field: 'valueOffer' });
    grace.set(null);
    for (const u of ada.updates) watch.receive('adaaaaaaaaaa', u);
    for (const u of grace.updates) watch.receive('graceeeeeeee', u);
    expect(watch.current).toEqual({ adaaaaaaaaaa: 'valueOffer' });
    ada.set(null);
    watch.receive('adaaaaaaaaaa', ada.updates.at(-1)!);
    expect(watch.current).toEqual({});
    expect(seen).toEqual([{ adaaaaaaaaaa: 'valueOffer' }, {}]);
  });

  it('a participant typing on one of two devices counts as typing; a device that goes away stops it', () => {
    const phone = device();
    const laptop = device();
    phone.set(null);
    laptop.set({ field: 'desiredAssets' });
    for (const u of [...phone.updates, ...laptop.updates]) watch.receive('adaaaaaaaaaa', u);
    expect(watch.current).toEqual({ adaaaaaaaaaa: 'desiredAssets' });
    removeAwarenessStates(laptop.awareness, [laptop.awareness.clientID], 'closed');
    watch.receive('adaaaaaaaaaa', laptop.updates.at(-1)!);
    expect(watch.current).toEqual({});
  });

  it("forgets everyone when the facilitator's connection drops, and takes the same states again when the server resends them", () => {
    const ada = device();
    ada.set({ field: 'createdValue' });
    watch.receive('adaaaaaaaaaa', ada.updates.at(-1)!);
    watch.clear();
    expect(watch.current).toEqual({});
    watch.receive('adaaaaaaaaaa', encodeAwarenessUpdate(ada.awareness, [ada.awareness.clientID]));
    expect(watch.current).toEqual({ adaaaaaaaaaa: 'createdValue' });
    expect(seen).toEqual([{ adaaaaaaaaaa: 'createdValue' }, {}, { adaaaaaaaaaa: 'createdValue' }]);
    ada.awareness.destroy();
  });

  it('ignores a malformed update and bad states without throwing', () => {
    expect(() => watch.receive('adaaaaaaaaaa', new Uint8Array([9, 9, 9]))).not.toThrow();
    const mallory = device();
    mallory.awareness.setLocalState({ typing: { field: 'notAField' }, draft: 'secret' });
    watch.receive('malloryyyyyy', mallory.updates.at(-1)!);
    expect(watch.current).toEqual({});
  });
});
