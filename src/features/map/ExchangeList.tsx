import { memo } from 'react';
import { EDGE_KIND_LABELS } from '../../domain';
import type { ValueFlowEdge } from './flowModel';

interface ExchangeListProps {
  edges: readonly ValueFlowEdge[];
  nameOf: (id: string) => string;
  onSelect: (id: string) => void;
}

/**
 * Every exchange on the map as a button, for the keyboard and screen readers (the lines themselves are one
 * path per kind). Out of sight until one of them has the focus; then that one shows over the map.
 */
function ExchangeListView({ edges, nameOf, onSelect }: ExchangeListProps) {
  const shown = edges.filter((e) => !e.hidden && e.data);
  if (shown.length === 0) return null;
  return (
    <ul className="map-exchange-list" aria-label="Value exchanges">
      {shown.map((e) => {
        const data = e.data!;
        const name = `${nameOf(e.source)} ${data.bidirectional ? '↔' : '→'} ${nameOf(e.target)}, ${EDGE_KIND_LABELS[data.kind]}${data.text ? `: ${data.text}` : ''}`;
        return (
          <li key={e.id}>
            {/* The name is drawn from data-label, so the page's text holds each partner name once (in its node). */}
            <button type="button" className="btn btn-secondary btn-sm" aria-label={name} data-label={name} aria-pressed={!!e.selected} onClick={() => onSelect(e.id)} />
          </li>
        );
      })}
    </ul>
  );
}

export const ExchangeList = memo(ExchangeListView);
