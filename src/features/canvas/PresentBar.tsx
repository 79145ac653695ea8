import { CANVAS_FIELDS, CANVAS_FIELD_LABELS } from '../../domain';
import { PRESENT_STEPS, stepPresenting, stopPresenting } from '../../state/canvasRoom';
import { TimerClock } from './TimerControl';

/** What the room sees besides the canvas while presenting: where we are, the timer, and a way out. */
export function PresentBar({ title, step }: { title: string; step: number }) {
  const field = step > 0 ? CANVAS_FIELDS[step - 1] : undefined;
  return (
    <div className="present-bar">
      <div className="present-where">
        <span className="present-title">{title}</span>
        <span className="present-step">{field ? CANVAS_FIELD_LABELS[field] : 'Whole canvas'}</span>
      </div>
      <TimerClock large />
      <div className="present-nav">
        <button type="button" className="icon-btn" aria-label="Previous" title="Previous (←)" disabled={step === 0} onClick={() => stepPresenting(-1)}>
          ‹
        </button>
        <span className="present-count" aria-hidden="true">
          {step + 1}/{PRESENT_STEPS}
        </span>
        <button type="button" className="icon-btn" aria-label="Next" title="Next (→)" disabled={step === PRESENT_STEPS - 1} onClick={() => stepPresenting(1)}>
          ›
        </button>
        <button type="button" className="btn btn-secondary btn-sm" onClick={stopPresenting} title="Escape">
          Exit
        </button>
      </div>
    </div>
  );
}
