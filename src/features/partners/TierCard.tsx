import { useState, type FormEvent } from 'react';
import { LIMITS, REVIEW_CADENCE_LABELS, REVIEW_CADENCES, tierNameError, type Tier } from '../../domain';
import { changeTier, moveTierBy } from '../../state/partners';
import { CommitInput } from './CommitInput';

interface Props {
  tier: Tier;
  tiers: Tier[];
  index: number;
  partnerCount: number;
  onDelete: () => void;
}

function shareError(text: string): string | null {
  const n = Number(text);
  return text.trim() !== '' && Number.isFinite(n) && n >= 0 && n <= 100 ? null : 'A share from 0 to 100.';
}

export function TierCard({ tier, tiers, index, partnerCount, onDelete }: Props) {
  const [criterion, setCriterion] = useState('');
  const label = tier.name;
  const addCriterion = (event: FormEvent) => {
    event.preventDefault();
    const text = criterion.trim();
    if (!text || tier.successCriteria.length >= LIMITS.listItems) return;
    changeTier(tier.id, { successCriteria: [...tier.successCriteria, text.slice(0, LIMITS.shortText)] });
    setCriterion('');
  };
  const setCriterionAt = (at: number, text: string | null) => {
    const list = tier.successCriteria.flatMap((c, i) => (i !== at ? [c] : text ? [text] : []));
    changeTier(tier.id, { successCriteria: list });
  };

  return (
    <li className="tier-card">
      <div className="tier-card-head">
        <span className="tier-rank" aria-hidden="true">
          {index + 1}
        </span>
        <CommitInput
          type="text"
          className="tier-name"
          aria-label={`Name of tier ${index + 1}`}
          value={tier.name}
          maxLength={LIMITS.shortText}
          onCommit={(name) => {
            const error = tierNameError(name, tiers, tier.id);
            if (!error) changeTier(tier.id, { name: name.trim() });
            return error;
          }}
        />
        <span className="tier-count muted">{partnerCount === 1 ? '1 partner' : `${partnerCount} partners`}</span>
        <div className="tier-actions">
          <button type="button" className="row-button" aria-label={`Move ${label} up`} disabled={index === 0} onClick={() => moveTierBy(tier.id, -1)}>
            ↑
          </button>
          <button type="button" className="row-button" aria-label={`Move ${label} down`} disabled={index === tiers.length - 1} onClick={() => moveTierBy(tier.id, 1)}>
            ↓
          </button>
          <button type="button" className="row-button row-button-danger" aria-label={`Delete tier ${label}`} onClick={onDelete}>
            Delete
          </button>
        </div>
      </div>
      <div className="tier-settings">
        <label className="tier-setting">
          <span>Share of resources (%)</span>
          <CommitInput
            type="number"
            min={0}
            max={100}
            aria-label={`Share of resources for ${label} (%)`}
            value={String(tier.resourceShare)}
            onCommit={(text) => {
              const error = shareError(text);
              if (!error) changeTier(tier.id, { resourceShare: Number(text) });
              return error;
            }}
          />
        </label>
        <label className="tier-setting">
          <span>Review cadence</span>
          <select aria-label={`Review cadence for ${label}`} value={tier.reviewCadence} onChange={(e) => changeTier(tier.id, { reviewCadence: e.target.value as Tier['reviewCadence'] })}>
            {REVIEW_CADENCES.map((c) => (
              <option key={c} value={c}>
                {REVIEW_CADENCE_LABELS[c]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="tier-criteria">
        <h4>Success criteria</h4>
        {tier.successCriteria.length === 0 && <p className="muted">None yet: what must a partner in this tier achieve?</p>}
        <ul>
          {tier.successCriteria.map((c, i) => (
            <li key={`${i}-${c}`}>
              <CommitInput type="text" aria-label={`Success criterion ${i + 1} for ${label}`} value={c} maxLength={LIMITS.shortText} onCommit={(text) => (setCriterionAt(i, text.trim()), null)} />
              <button type="button" className="row-button" aria-label={`Remove “${c}” from ${label}`} onClick={() => setCriterionAt(i, null)}>
                ×
              </button>
            </li>
          ))}
        </ul>
        <form className="add-criterion" onSubmit={addCriterion}>
          <input type="text" aria-label={`New success criterion for ${label}`} placeholder="Add a criterion…" value={criterion} maxLength={LIMITS.shortText} onChange={(e) => setCriterion(e.target.value)} />
          <button type="submit" className="row-button" aria-label={`Add criterion to ${label}`}>
            Add
          </button>
        </form>
      </div>
    </li>
  );
}
