import type { Partner } from '../../domain';
import { PARTNER_STATUS_LABELS, PARTNER_TYPE_LABELS } from '../../domain';
import { Button } from '../../ui/Button';
import { TypeShape } from './TypeShape';

interface FocusPanelProps {
  partner: Partner | null;
  tierName: string;
  score: number | null;
  exchanges: number;
  onOpen: () => void;
  onClear: () => void;
}

/** What the highlighted node is and where to go from it; its name is on the node itself. */
export function FocusPanel({ partner, tierName, score, exchanges, onOpen, onClear }: FocusPanelProps) {
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
