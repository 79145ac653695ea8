import { useState } from 'react';
import { dueState, nextDueDate, RHYTHM_KINDS, RHYTHM_LABELS, type PartnerEnablement, type RhythmKind } from '../../domain';
import { setRhythm } from '../../state/enablement';
import { Button } from '../../ui/Button';
import { formatDate } from '../../ui/format';
import { DueBadge } from './DueBadge';
import { localToday } from './today';

/** Engagement rhythm: which meeting, how often, when the last one was and when the next is due. */
export function RhythmEditor({ plan }: { plan: PartnerEnablement }) {
  const { rhythm } = plan;
  const [interval, setIntervalText] = useState(String(rhythm.intervalDays));
  const today = localToday();
  const next = nextDueDate(rhythm, plan.createdAt);
  const intervalValid = /^\d+$/.test(interval) && Number(interval) >= 1 && Number(interval) <= 730;
  return (
    <div className="rhythm">
      <h4>Engagement rhythm</h4>
      <div className="rhythm-fields">
        <label>
          Rhythm
          <select value={rhythm.kind} onChange={(e) => setRhythm(plan.id, { kind: e.target.value as RhythmKind })}>
            {RHYTHM_KINDS.map((k) => (
              <option key={k} value={k}>
                {RHYTHM_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
        {rhythm.kind === 'custom' && (
          <label>
            Every (days)
            <input
              type="number"
              min={1}
              max={730}
              value={interval}
              aria-invalid={!intervalValid}
              onChange={(e) => setIntervalText(e.target.value)}
              onBlur={() => (intervalValid ? setRhythm(plan.id, { intervalDays: Number(interval) }) : setIntervalText(String(rhythm.intervalDays)))}
            />
          </label>
        )}
        <label>
          Last meeting
          <input type="date" value={rhythm.lastDate} max={today} onChange={(e) => setRhythm(plan.id, { lastDate: e.target.value })} />
        </label>
        <Button size="sm" onClick={() => setRhythm(plan.id, { lastDate: today })} disabled={rhythm.lastDate === today}>
          Met today
        </Button>
      </div>
      <p className="rhythm-next">
        Next: <strong>{formatDate(next)}</strong> <DueBadge state={dueState(next, today)} nextDate={next} today={today} />
        {!rhythm.lastDate && <span className="muted"> — no meeting held yet</span>}
      </p>
    </div>
  );
}
