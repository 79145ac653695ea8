import { useEffect, useState } from 'react';
import { TIMER_PRESET_MINUTES, formatCountdown, remainingMs } from '../../domain';
import { addTimerMinute, pauseTimer, resumeTimer, setTimerSound, settleTimer, startTimer, stopTimer, useCanvasTimer } from '../../state/canvasTimer';
import { playChime } from './chime';

/** Re-renders a few times a second while the timer runs and signals (visibly, and audibly if wanted) at zero. */
function useTimerTick(): number {
  const status = useCanvasTimer((s) => s.countdown.status);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (status !== 'running') return;
    const id = window.setInterval(() => {
      setNow(Date.now());
      if (settleTimer() && useCanvasTimer.getState().sound) playChime();
    }, 250);
    return () => window.clearInterval(id);
  }, [status]);
  return status === 'running' ? now : Date.now();
}

export function TimerClock({ large = false }: { large?: boolean }) {
  const countdown = useCanvasTimer((s) => s.countdown);
  const now = useTimerTick();
  if (countdown.status === 'idle') return null;
  const done = countdown.status === 'done';
  return (
    <div className={`timer-clock${large ? ' timer-clock-large' : ''}${done ? ' timer-done' : ''}${countdown.status === 'paused' ? ' timer-paused' : ''}`} role="timer" aria-label="Time left">
      {done ? 'Time’s up' : formatCountdown(remainingMs(countdown, now))}
    </div>
  );
}

/** Presets and a custom length before the start; pause, resume, +1 min and stop while it runs. */
export function TimerControl() {
  const countdown = useCanvasTimer((s) => s.countdown);
  const sound = useCanvasTimer((s) => s.sound);
  const [minutes, setMinutes] = useState(5);
  const [custom, setCustom] = useState('');
  if (countdown.status === 'idle') {
    const customMinutes = Number(custom.replace(',', '.'));
    const chosen = custom && customMinutes > 0 ? customMinutes : minutes;
    return (
      <div className="timer-control" role="group" aria-label="Timer">
        <div className="timer-presets">
          {TIMER_PRESET_MINUTES.map((m) => (
            <button
              key={m}
              type="button"
              className="timer-preset"
              aria-pressed={!custom && minutes === m}
              onClick={() => {
                setMinutes(m);
                setCustom('');
              }}
            >
              {m} min
            </button>
          ))}
          <input
            className="timer-custom"
            type="number"
            min={1}
            max={180}
            placeholder="min"
            aria-label="Custom minutes"
            value={custom}
            onChange={(event) => setCustom(event.target.value)}
          />
        </div>
        <button type="button" className="btn btn-secondary btn-sm" onClick={() => startTimer(chosen)}>
          Start timer
        </button>
      </div>
    );
  }
  return (
    <div className="timer-control timer-running" role="group" aria-label="Timer">
      <TimerClock />
      {countdown.status === 'running' && (
        <button type="button" className="btn btn-ghost btn-sm" onClick={pauseTimer}>
          Pause
        </button>
      )}
      {countdown.status === 'paused' && (
        <button type="button" className="btn btn-ghost btn-sm" onClick={resumeTimer}>
          Resume
        </button>
      )}
      <button type="button" className="btn btn-ghost btn-sm" onClick={addTimerMinute}>
        +1 min
      </button>
      <button type="button" className="btn btn-ghost btn-sm" onClick={stopTimer}>
        {countdown.status === 'done' ? 'Dismiss' : 'Stop'}
      </button>
      <label className="timer-sound">
        <input type="checkbox" checked={sound} onChange={(event) => setTimerSound(event.target.checked)} />
        Sound
      </label>
    </div>
  );
}
