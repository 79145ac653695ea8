import { compareMix, mixSentence, OBJECTIVE_KINDS, OBJECTIVE_LABELS, OBJECTIVE_PARTNER_TYPE, PARTNER_TYPE_LABELS, type ObjectiveKind } from '../../domain';
import { setObjectives } from '../../state/partners';
import { useEntities } from '../../state/selectors';
import { CommitInput } from './CommitInput';
import { MixChart } from './MixChart';
import { ScorecardSettings } from './ScorecardSettings';

function weightError(text: string): string | null {
  const n = Number(text);
  return text.trim() !== '' && Number.isFinite(n) && n >= 0 && n <= 100 ? null : 'A weight from 0 to 100.';
}

export function ObjectivesPanel() {
  const entities = useEntities();
  if (!entities) return null;
  const { workshop } = entities;
  const objectives = workshop.objectives;
  const mix = compareMix(Object.values(entities.partners), objectives);
  const weightOf = (kind: ObjectiveKind) => objectives.find((o) => o.kind === kind);
  const toggle = (kind: ObjectiveKind, on: boolean) =>
    setObjectives(on ? OBJECTIVE_KINDS.flatMap((k) => (k === kind ? [{ kind, weight: 0 }] : objectives.filter((o) => o.kind === k))) : objectives.filter((o) => o.kind !== kind));
  const weightTotal = objectives.reduce((s, o) => s + o.weight, 0);

  return (
    <div className="objectives-panel">
      <section className="panel-card" aria-labelledby="objectives-heading">
        <h3 id="objectives-heading">Business objectives</h3>
        <p className="muted">Each objective calls for one type of partner. The weights say how much each matters to this workshop.</p>
        <table className="objective-table">
          <thead>
            <tr>
              <th scope="col">Objective</th>
              <th scope="col">Served by</th>
              <th scope="col">Weight</th>
            </tr>
          </thead>
          <tbody>
            {OBJECTIVE_KINDS.map((kind) => {
              const objective = weightOf(kind);
              return (
                <tr key={kind}>
                  <td>
                    <label className="objective-check">
                      <input type="checkbox" checked={Boolean(objective)} onChange={(e) => toggle(kind, e.target.checked)} />
                      {OBJECTIVE_LABELS[kind]}
                    </label>
                  </td>
                  <td>{PARTNER_TYPE_LABELS[OBJECTIVE_PARTNER_TYPE[kind]]} partners</td>
                  <td>
                    {objective ? (
                      <CommitInput
                        type="number"
                        min={0}
                        max={100}
                        aria-label={`${OBJECTIVE_LABELS[kind]} weight`}
                        value={String(objective.weight)}
                        onCommit={(text) => {
                          const error = weightError(text);
                          if (!error) setObjectives(objectives.map((o) => (o.kind === kind ? { ...o, weight: Number(text) } : o)));
                          return error;
                        }}
                      />
                    ) : (
                      <span className="muted">Not pursued</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {objectives.length > 0 && <p className="muted small">Weights add up to {weightTotal}; the mix uses them as proportions.</p>}
      </section>
      <section className="panel-card" aria-labelledby="mix-heading">
        <h3 id="mix-heading">Partner mix against the objectives</h3>
        <p className="mix-sentence">{mixSentence(mix)}</p>
        <MixChart mix={mix} />
        <p className="muted small">Counts every partner that is not retired.</p>
      </section>
      <ScorecardSettings />
    </div>
  );
}
