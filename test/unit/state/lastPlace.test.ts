import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lastPlaceOf, rememberPlace } from '../../../src/state/lastPlace';

const store = new Map<string, string>();
const fakeStorage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };

describe('the last place per workshop, on this device', () => {
  beforeEach(() => {
    store.clear();
    Object.assign(globalThis, { localStorage: fakeStorage });
  });
  afterEach(() => {
    delete (globalThis as { localStorage?: unknown }).localStorage;
  });

  it('keeps the section and the canvas last shown, also after leaving the canvas', () => {
    rememberPlace('w1', 'canvas', 'c2');
    rememberPlace('w1', 'map', null);
    expect(lastPlaceOf('w1')).toEqual({ section: 'map', itemId: null, canvasId: 'c2' });
    rememberPlace('w1', 'canvas', null);
    expect(lastPlaceOf('w1')?.canvasId).toBe('c2');
    expect(lastPlaceOf('other')).toBeNull();
  });

  it('ignores junk in storage instead of failing', () => {
    store.set('partnerscape.lastPlace', '{"w1":{"section":"nowhere"},"w2":{"section":"partners","itemId":42}}');
    expect(lastPlaceOf('w1')).toBeNull();
    expect(lastPlaceOf('w2')).toEqual({ section: 'partners', itemId: null, canvasId: null });
    store.set('partnerscape.lastPlace', 'not json');
    expect(lastPlaceOf('w2')).toBeNull();
  });

  it('keeps at most a hundred workshops, dropping the longest unused', () => {
    for (let i = 0; i < 120; i++) rememberPlace(`w${i}`, 'canvas', null);
    expect(Object.keys(JSON.parse(store.get('partnerscape.lastPlace') ?? '{}'))).toHaveLength(100);
  });
});
