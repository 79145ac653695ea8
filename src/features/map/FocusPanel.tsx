import { useId, useState } from 'react';
import type { Partner } from '../../domain';
import { PARTNER_STATUS_LABELS, PARTNER_TYPE_LABELS } from '../../domain';
import { Button } from '../../ui/Button';
import { TypeShape } from '../../ui/TypeShape';

interface FocusPanelProps {
  partner: Partner | null;
  tierName: string;
  score: number | null;
  exchanges: number;
  /** Other nodes this one can exchange value with: id and display name, sorted. */
  targets: { id: string; name: string }[];
  onConnect: (targetId: string) => void;
  onOpen: () => void;
  onClear: () => void;
  /** Open with the "New value exchange with" picker showing (asked for from the context menu). */
  choosing?: boolean;
}

/** What the highlighted node is and where to go from it; its name is on the node itself. */
export function FocusPanel({ partner, tierName, score, exchanges, targets, onConnect, onOpen, onClear, choosing: initiallyChoosing = false }: FocusPanelProps) {
  const [choosing, setChoosing] = useState(initiallyChoosing);
  const [target, setTarget] = useState('');
  const selectId = useId();
  return (
    <section className="map-panel" aria-label="Selected partner">
      <h2>{partner ? 'Selected partner' : 'Our organisation'}</h2>
      <dl className="map-facts">
        {partner && (
          <>
            <dt>Type</dt>
            <dd>
              <TypeShape type={partner.type} size={12} /> {PARTNER_TYPE_LABELS[partner.type]}
            </dd>
            <dt>Tier</dt>
            <dd>{tierName}</dd>
            <dt>Status</dt>
            <dd>{PARTNER_STATUS_LABELS[partner.status]}</dd>
            <dt>Score</dt>
            <dd>{score?.toFixed(1)} of 5</dd>
          </>
        )}
        <dt>Exchanges</dt>
        <dd>{exchanges}</dd>
      </dl>
      <p className="map-hint">Its value exchanges and direct partners stay bright; the rest is dimmed.</p>
      {choosing ? (
        <form
          className="map-connect-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (!target) return;
            setChoosing(false);
            onConnect(target);
          }}
        >
          <label htmlFor={selectId}>New value exchange with</label>
          <select id={selectId} value={target} autoFocus onChange={(e) => setTarget(e.target.value)}>
            <option value="">Choose a partner…</option>
            {targets.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
          <Button size="sm" type="submit" disabled={!target}>
            Add…
          </Button>
        </form>
      ) : (
        <Button size="sm" onClick={() => setChoosing(true)}>
          New value exchange…
        </Button>
      )}
      <div className="map-panel-actions">
        {partner && (
          <Button variant="primary" size="sm" onClick={onOpen}>
            Open partner page
          </Button>
        )}
        <Button variant="ghost" size="sm" onClick={onClear}>
          Clear selection
        </Button>
      </div>
    </section>
  );
}
