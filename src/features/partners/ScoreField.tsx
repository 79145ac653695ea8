import { rubricFor, type ScoreCriterion } from '../../domain';
import { Field } from '../../ui/Field';

/** One scorecard criterion: a 1–5 number with its rubric line for the chosen value. */
export function ScoreField({ criterion, value, error, onChange }: { criterion: ScoreCriterion; value: string; error?: string; onChange: (value: string) => void }) {
  const n = Number(value);
  const valid = Number.isInteger(n) && n >= 1 && n <= 5;
  return (
    <div className="score-field">
      <Field label={criterion.label} error={error} hint={valid ? `${n} — ${rubricFor(criterion.key, n)}` : undefined}>
        <input type="number" min={1} max={5} step={1} inputMode="numeric" value={value} onChange={(e) => onChange(e.target.value)} />
      </Field>
      <details className="rubric">
        <summary>Rubric</summary>
        <p>{criterion.question}</p>
        <ol>
          {criterion.levels.map((level, i) => (
            <li key={i} value={i + 1}>
              {level}
            </li>
          ))}
        </ol>
      </details>
    </div>
  );
}
