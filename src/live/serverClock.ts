import type { CountdownState } from '../domain/canvasTimer';
import type { RoomTimer } from './room';

/** One round trip to the server's clock: the device's time when asked and answered, and the server's answer. */
export interface ClockSample {
  sentAt: number;
  serverNow: number;
  receivedAt: number;
}

/**
 * How far the server's clock is ahead of this device's (server = device + offset), from the sample with the
 * shortest round trip: the server answered at about the middle of it, so the error is at most half of it.
 */
export function clockOffset(samples: readonly ClockSample[]): number | null {
  const valid = samples.filter((s) => Number.isFinite(s.serverNow) && s.receivedAt >= s.sentAt);
  if (valid.length === 0) return null;
  const best = valid.reduce((a, b) => (b.receivedAt - b.sentAt < a.receivedAt - a.sentAt ? b : a));
  return Math.round(best.serverNow - (best.sentAt + best.receivedAt) / 2);
}

/** The room's timer as a countdown on this device's clock (idle when there is none). */
export function deviceCountdown(timer: RoomTimer | null, offset: number): CountdownState {
  if (!timer) return { status: 'idle', durationMs: 0 };
  if (timer.status === 'running') return { status: 'running', durationMs: timer.durationMs, endsAt: timer.endsAt - offset };
  return timer;
}

/** The facilitator's countdown as the room's timer, in the server's clock (an idle one is no timer). */
export function roomTimerOf(countdown: CountdownState, offset = 0): RoomTimer | null {
  if (countdown.status === 'idle') return null;
  if (countdown.status === 'running') return { status: 'running', durationMs: countdown.durationMs, endsAt: countdown.endsAt + offset };
  return countdown;
}

