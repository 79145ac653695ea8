import { create } from 'zustand';
import { addMinute, idleCountdown, pauseCountdown, resumeCountdown, settleCountdown, startCountdown, type CountdownState } from '../domain';

interface TimerState {
  countdown: CountdownState;
  sound: boolean;
}

/** The workshop timer: one per window, shown on the canvas and in presentation mode. */
export const useCanvasTimer = create<TimerState>(() => ({ countdown: idleCountdown(), sound: true }));

const set = (change: (c: CountdownState, now: number) => CountdownState) =>
  useCanvasTimer.setState((s) => ({ countdown: change(s.countdown, Date.now()) }));

export const startTimer = (minutes: number) => set((_c, now) => startCountdown(minutes, now));
export const pauseTimer = () => set(pauseCountdown);
export const resumeTimer = () => set(resumeCountdown);
export const addTimerMinute = () => set(addMinute);
export const stopTimer = () => set((c) => idleCountdown(c.durationMs));
export const setTimerSound = (sound: boolean) => useCanvasTimer.setState({ sound });

/** Moves a running timer to done once its time is up; true when that happened just now. */
export function settleTimer(): boolean {
  const before = useCanvasTimer.getState().countdown;
  set(settleCountdown);
  return before.status === 'running' && useCanvasTimer.getState().countdown.status === 'done';
}
