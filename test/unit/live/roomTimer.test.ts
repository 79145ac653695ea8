import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { remainingMs, startCountdown, pauseCountdown } from '../../../src/domain/canvasTimer';
import { publishRoom, readRoom } from '../../../src/live/room';
import { clockOffset, deviceCountdown, roomTimerOf } from '../../../src/live/serverClock';

describe('the room timer on every device', () => {
  it("measures the server's clock from the round trip with the shortest time, as an offset from the device's", () => {
    // The phone's clock is 37 minutes behind; the slow sample would misjudge it by its long round trip.
    const skew = 37 * 60_000;
    const samples = [
      { sentAt: 1_000, serverNow: 1_000 + skew + 900, receivedAt: 1_200 },
      { sentAt: 2_000, serverNow: 2_000 + skew + 20, receivedAt: 2_040 },
    ];
    expect(clockOffset(samples)).toBe(skew);
    expect(clockOffset([])).toBeNull();
    expect(clockOffset([{ sentAt: 5, serverNow: Number.NaN, receivedAt: 6 }])).toBeNull();
  });

  it("counts down on a device with a wrong clock exactly as on the server's", () => {
    const serverNow = 1_700_000_000_000;
    const timer = roomTimerOf(startCountdown(5, serverNow));
    const offset = -3_600_000; // the phone's clock is an hour ahead
    const onPhone = deviceCountdown(timer, offset);
    const later = 90_000;
    expect(remainingMs(onPhone, serverNow - offset + later)).toBe(5 * 60_000 - later);
    // Paused and done timers carry no time of day, so they read the same anywhere.
    const paused = roomTimerOf(pauseCountdown(startCountdown(5, serverNow), serverNow + 1_000));
    expect(remainingMs(deviceCountdown(paused, offset), 0)).toBe(5 * 60_000 - 1_000);
    expect(deviceCountdown(null, offset).status).toBe('idle');
    expect(roomTimerOf({ status: 'idle', durationMs: 300_000 })).toBeNull();
  });

  it('travels on the board document and reads malformed values as no timer', () => {
    const facilitator = new Y.Doc();
    const phone = new Y.Doc();
    facilitator.on('update', (update: Uint8Array) => Y.applyUpdate(phone, update));
    publishRoom(facilitator, { timer: { status: 'running', durationMs: 300_000, endsAt: 1_700_000_300_000 } });
    expect(readRoom(phone).timer).toEqual({ status: 'running', durationMs: 300_000, endsAt: 1_700_000_300_000 });
    let updates = 0;
    facilitator.on('update', () => updates++);
    publishRoom(facilitator, { timer: { status: 'running', durationMs: 300_000, endsAt: 1_700_000_300_000 } });
    expect(updates).toBe(0);
    facilitator.getMap('room').set('timer', { status: 'running', durationMs: 300_000, endsAt: 'soon' });
    expect(readRoom(phone).timer).toBeNull();
    facilitator.getMap('room').set('timer', { status: 'exploded', durationMs: 1 });
    expect(readRoom(phone).timer).toBeNull();
  });
});
