/** A workshop countdown as plain data; every function takes the current time so it can be tested. */
export type CountdownState =
  | { status: 'idle'; durationMs: number }
  | { status: 'running'; durationMs: number; endsAt: number }
  | { status: 'paused'; durationMs: number; remainingMs: number }
  | { status: 'done'; durationMs: number };

export const TIMER_PRESET_MINUTES = [1, 3, 5, 10] as const;
export const MAX_TIMER_MINUTES = 180;
const MINUTE = 60_000;

export const idleCountdown = (durationMs: number = 5 * MINUTE): CountdownState => ({ status: 'idle', durationMs });

export function startCountdown(minutes: number, now: number): CountdownState {
  const durationMs = Math.round(clampMinutes(minutes) * MINUTE);
  return { status: 'running', durationMs, endsAt: now + durationMs };
}

export function clampMinutes(minutes: number): number {
  if (!Number.isFinite(minutes)) return 5;
  return Math.min(MAX_TIMER_MINUTES, Math.max(0.25, minutes));
}

export function remainingMs(state: CountdownState, now: number): number {
  switch (state.status) {
    case 'running':
      return Math.max(0, state.endsAt - now);
    case 'paused':
      return state.remainingMs;
    case 'done':
      return 0;
    case 'idle':
      return state.durationMs;
  }
}

export function pauseCountdown(state: CountdownState, now: number): CountdownState {
  return state.status === 'running' ? { status: 'paused', durationMs: state.durationMs, remainingMs: remainingMs(state, now) } : state;
}

export function resumeCountdown(state: CountdownState, now: number): CountdownState {
  return state.status === 'paused' ? { status: 'running', durationMs: state.durationMs, endsAt: now + state.remainingMs } : state;
}

/** One more minute, also after the time is up (the group needs a moment longer). */
export function addMinute(state: CountdownState, now: number): CountdownState {
  switch (state.status) {
    case 'running':
      return { ...state, durationMs: state.durationMs + MINUTE, endsAt: state.endsAt + MINUTE };
    case 'paused':
      return { ...state, durationMs: state.durationMs + MINUTE, remainingMs: state.remainingMs + MINUTE };
    case 'done':
      return { status: 'running', durationMs: MINUTE, endsAt: now + MINUTE };
    case 'idle':
      return { ...state, durationMs: state.durationMs + MINUTE };
  }
}

/** Running past its end becomes done; anything else stays as it is. */
export function settleCountdown(state: CountdownState, now: number): CountdownState {
  return state.status === 'running' && now >= state.endsAt ? { status: 'done', durationMs: state.durationMs } : state;
}

/** 0:05, 4:59, 12:00 — rounded up, so the display reads 0:00 only when time is really up. */
export function formatCountdown(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}
