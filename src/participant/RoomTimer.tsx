import { useEffect, useState } from 'react';
import { formatCountdown, remainingMs } from '../domain/canvasTimer';
import type { RoomTimer as Timer } from '../live/room';
import { deviceCountdown } from '../live/serverClock';
import { ClockIcon } from './icons';

/** The room's timer on a participant's device, counted on the server's clock; at zero it says so, plainly. */
export function RoomTimer({ timer, offset }: { timer: Timer | null; offset: number }) {
  const [now, setNow] = useState(() => Date.now());
  const running = timer?.status === 'running';
  useEffect(() => {
    if (!running) return;
    setNow(Date.now());
    const id = window.setInterval(() => setNow(Date.now()), 250);
    return () => window.clearInterval(id);
  }, [running]);
  if (!timer) return null;
  const countdown = deviceCountdown(timer, offset);
  const left = remainingMs(countdown, running ? now : Date.now());
  const done = timer.status === 'done' || (running && left <= 0);
  const state = done ? 'is-done' : timer.status === 'paused' ? 'is-paused' : 'is-running';
  return (
    <div className={`p-timer ${state}`}>
      <ClockIcon />
      <span role="timer" aria-label="Time left" aria-live={done ? 'assertive' : 'off'}>
        {done ? 'Time’s up' : formatCountdown(left)}
      </span>
      {timer.status === 'paused' && <span className="p-timer-note">Paused</span>}
    </div>
  );
}
