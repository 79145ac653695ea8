import { useEffect, useState } from 'react';
import { MAX_TIMER_MINUTES, TIMER_PRESET_MINUTES, formatCountdown, remainingMs } from '../../domain';

/** The shortest timer the domain keeps (a quarter of a minute). */
const MIN_MINUTES = 0.25;
import { addTimerMinute, pauseTimer, resumeTimer, setTimerSound, settleTimer, startTimer, stopTimer, useCanvasTimer } from '../../state/canvasTimer';
import { PopoverButton } from '../../ui/Popover';
import { ChevronDownIcon, TimerIcon } from './canvasIcons';
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

const formatLength = (minutes: number) => (Number.isInteger(minutes) ? `${minutes} min` : formatCountdown(minutes * 60_000));

/** The length for the next start: presets, another length in minutes, and whether zero chimes. */
function TimerLength({ minutes, onMinutes }: { minutes: number; onMinutes: (minutes: number) => void }) {
  const sound = useCanvasTimer((s) => s.sound);
  const preset = (TIMER_PRESET_MINUTES as readonly number[]).includes(minutes);
  const [custom, setCustom] = useState(preset ? '' : String(minutes));
  const [error, setError] = useState('');
  return (
    <PopoverButton label="Timer length" buttonLabel={`Timer length: ${formatLength(minutes)}`} title="Timer length" className="btn btn-secondary btn-sm timer-length" panel={(close) => (
      <div className="timer-panel">
        <div className="timer-presets" role="group" aria-label="Preset lengths">
          {TIMER_PRESET_MINUTES.map((m) => (
            <button
              key={m}
              type="button"
              className="timer-preset"
              aria-pressed={minutes === m}
              onClick={() => {
                onMinutes(m);
                close();
              }}
            >
              {m} min
            </button>
          ))}
        </div>
        <form
          className="timer-other"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const value = Number(custom.replace(',', '.'));
            if (!(value >= MIN_MINUTES && value <= MAX_TIMER_MINUTES)) return setError(`Enter ${MIN_MINUTES} to ${MAX_TIMER_MINUTES} minutes.`);
            onMinutes(value);
            close();
          }}
        >
          <label>
            Other length (minutes)
            <input
              type="text"
              inputMode="decimal"
              value={custom}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? 'timer-length-error' : undefined}
              onChange={(event) => {
                setCustom(event.target.value);
                setError('');
              }}
            />
          </label>
          <button type="submit" className="btn btn-secondary btn-sm">
            Set
          </button>
        </form>
        {error && (
          <p id="timer-length-error" className="timer-error" role="alert">
            {error}
          </p>
        )}
        <label className="timer-sound">
          <input type="checkbox" checked={sound} onChange={(event) => setTimerSound(event.target.checked)} />
          Chime at zero
        </label>
      </div>
    )}>
      <TimerIcon />
      {formatLength(minutes)}
      <ChevronDownIcon />
    </PopoverButton>
  );
}

/** Before the start: a length and Start timer. While it runs: the clock, pause or resume, +1 min and stop. */
export function TimerControl() {
  const countdown = useCanvasTimer((s) => s.countdown);
  const [minutes, setMinutes] = useState(5);
  if (countdown.status === 'idle') {
    return (
      <div className="timer-control" role="group" aria-label="Timer">
        <TimerLength minutes={minutes} onMinutes={setMinutes} />
        <button type="button" className="btn btn-secondary btn-sm" onClick={() => startTimer(minutes)}>
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
    </div>
  );
}
