import { rubricFor, SCORE_CRITERIA, type Partner, type ScoreWeights } from '../../domain';

export function PartnerScorecard({ partner, score, weights }: { partner: Partner; score: number; weights: ScoreWeights }) {
  return (
    <section className="panel-card" aria-labelledby="scorecard-page-heading">
      <h3 id="scorecard-page-heading">Scorecard</h3>
      <ul className="score-list">
        {SCORE_CRITERIA.map((c) => {
          const value = partner.scores[c.key];
          return (
            <li key={c.key}>
              <div className="score-line">
                <span>{c.label}</span>
                <span className="score-dots" aria-hidden="true">
                  {[1, 2, 3, 4, 5].map((n) => (
                    <span key={n} className={n <= value ? 'dot on' : 'dot'} />
                  ))}
                </span>
                <strong>{value} / 5</strong>
              </div>
              <p className="muted small">
                {rubricFor(c.key, value)} · weight {weights[c.key]}
              </p>
            </li>
          );
        })}
      </ul>
      <p className="score-total">
        Total score <strong>{score.toFixed(1)}</strong> <span className="muted">of 5</span>
      </p>
    </section>
  );
}
