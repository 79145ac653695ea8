import { useState, type FormEvent } from 'react';
import { sortedTiers, tierNameError, tierShareTotal, type Tier } from '../../domain';
import { addTierNamed } from '../../state/partners';
import { useEntities } from '../../state/selectors';
import { Button } from '../../ui/Button';
import { PlusIcon } from '../../ui/icons';
import { DeleteTierDialog } from './DeleteTierDialog';
import { TierCard } from './TierCard';

export function TiersEditor() {
  const entities = useEntities();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Tier | null>(null);
  if (!entities) return null;
  const tiers = sortedTiers(entities.tiers);
  const total = tierShareTotal(tiers);
  const counts = new Map<string, number>();
  for (const p of Object.values(entities.partners)) if (p.tierId) counts.set(p.tierId, (counts.get(p.tierId) ?? 0) + 1);

  const add = (event: FormEvent) => {
    event.preventDefault();
    const message = tierNameError(name, tiers, null);
    setError(message);
    if (message) return;
    addTierNamed(name);
    setName('');
  };

  return (
    <div className="tiers-editor">
      <div className="tiers-intro">
        <p>
          Tiers rank partners by how much you invest in them: a few strategic partnerships, more core ones, a transactional long tail. Give each its success criteria, its share of
          your partner resources and how often it is reviewed.
        </p>
        <p className={`share-total ${total > 100 ? 'share-over' : ''}`} role="status">
          Resource shares add up to <strong>{total} %</strong>
          {total > 100 ? ` — over 100 % by ${Math.round((total - 100) * 10) / 10} points; lower some shares.` : total < 100 ? ` — ${Math.round((100 - total) * 10) / 10} % not allocated.` : ' — fully allocated.'}
        </p>
      </div>
      {tiers.length === 0 && <p className="muted">No tiers yet. Add one below; partners without a tier show as “No tier”.</p>}
      <ol className="tier-list">
        {tiers.map((tier, index) => (
          <TierCard key={tier.id} tier={tier} tiers={tiers} index={index} partnerCount={counts.get(tier.id) ?? 0} onDelete={() => setDeleting(tier)} />
        ))}
      </ol>
      <form className="add-tier" onSubmit={add} noValidate>
        <label className="add-tier-label">
          <span>New tier</span>
          <input
            type="text"
            value={name}
            aria-invalid={Boolean(error)}
            onChange={(e) => {
              setName(e.target.value);
              setError(null);
            }}
            placeholder="e.g. Emerging"
          />
        </label>
        <Button type="submit" icon={<PlusIcon />}>
          Add tier
        </Button>
        {error && (
          <span className="field-error" role="alert">
            {error}
          </span>
        )}
      </form>
      <DeleteTierDialog tier={deleting} tiers={tiers} partnerCount={deleting ? (counts.get(deleting.id) ?? 0) : 0} onClose={() => setDeleting(null)} />
    </div>
  );
}
