import { DEFAULT_NOISE_THRESHOLD, DEFAULT_SCORE_WEIGHTS, SCORE_CRITERIA, type ScoreKey } from '../../domain';
import { setNoiseThreshold, setScorecard, setScoreWeights } from '../../state/partners';
import { useOpenWorkshop } from '../../state/selectors';
import { Button } from '../../ui/Button';
import { CommitInput } from './CommitInput';

function rangeError(text: string, max: number, what: string): string | null {
  const n = Number(text);
  return text.trim() !== '' && Number.isFinite(n) && n >= 0 && n <= max ? null : `${what} from 0 to ${max}.`;
}

export function ScorecardSettings() {
  const workshop = useOpenWorkshop();
  if (!workshop) return null;
  const weights = workshop.scoreWeights;
  const setWeight = (key: ScoreKey, text: string) => {
    const error = rangeError(text, 10, 'A weight');
    if (!error) setScoreWeights({ ...weights, [key]: Number(text) });
    return error;
  };
  const isDefault =
    weights.alignment === DEFAULT_SCORE_WEIGHTS.alignment && weights.execution === DEFAULT_SCORE_WEIGHTS.execution && weights.culture === DEFAULT_SCORE_WEIGHTS.culture && workshop.noiseThreshold === DEFAULT_NOISE_THRESHOLD;

  return (
    <section className="panel-card scorecard-settings" aria-labelledby="scorecard-heading">
      <h3 id="scorecard-heading">Selection scorecard</h3>
      <p className="muted">Every partner is scored 1 (weak) to 5 (strong) on three criteria. The total is their weighted mean, on the same 1–5 scale.</p>
      <ul className="criteria-list">
        {SCORE_CRITERIA.map((c) => (
          <li key={c.key}>
            <div className="criterion-head">
              <strong>{c.label}</strong>
              <label className="inline-number">
                <span>weight</span>
                <CommitInput type="number" min={0} max={10} step={0.5} aria-label={`${c.label} weight`} value={String(weights[c.key])} onCommit={(t) => setWeight(c.key, t)} />
              </label>
            </div>
            <p className="muted">{c.question}</p>
            <p className="criterion-scale">
              <span>1 · {c.levels[0]}</span>
              <span>3 · {c.levels[2]}</span>
              <span>5 · {c.levels[4]}</span>
            </p>
          </li>
        ))}
      </ul>
      <div className="threshold-row">
        <label className="inline-number">
          <span>Noise threshold</span>
          <CommitInput
            type="number"
            min={0}
            max={5}
            step={0.1}
            aria-label="Noise threshold"
            value={String(workshop.noiseThreshold)}
            onCommit={(text) => {
              const error = rangeError(text, 5, 'A threshold');
              if (!error) setNoiseThreshold(Number(text));
              return error;
            }}
          />
        </label>
        <p className="muted">Partners whose total score is under this, or that serve no objective, are flagged “noise — cut or renegotiate”.</p>
      </div>
      {!isDefault && (
        <Button
          size="sm"
          variant="ghost"
          onClick={() => setScorecard({ ...DEFAULT_SCORE_WEIGHTS }, DEFAULT_NOISE_THRESHOLD)}
        >
          Restore default weights and threshold
        </Button>
      )}
    </section>
  );
}
