import { ViewportPortal } from '@xyflow/react';
import { memo, useMemo } from 'react';
import { EDGE_STYLES } from '../../domain';
import { exchangePaths, type Exchange } from './exchangePaths';
import { EdgeLabel } from './ValueEdge';

const DASH = Object.fromEntries(Object.entries(EDGE_STYLES).map(([kind, style]) => [kind, style.dash?.join(' ')]));

/**
 * The exchanges of the names and detail levels, batched: one SVG inside React Flow's viewport (moved with it,
 * under the nodes), one path per kind for the lines and one for their arrowheads, the placed labels beside.
 * It takes no pointer events: useExchangePointer picks exchanges by their geometry. The selected exchange and
 * those of a dragged partner are React Flow edges (ValueEdge), drawn on top.
 */
function ExchangeLayerView({ exchanges }: { exchanges: readonly Exchange[] }) {
  const paths = useMemo(() => exchangePaths(exchanges), [exchanges]);
  const labelled = useMemo(() => exchanges.filter((e) => e.text && e.label), [exchanges]);
  return (
    <ViewportPortal>
      <svg className="map-exchanges" aria-hidden="true" data-exchanges={exchanges.length}>
        {paths.lines.map((p) => (
          <path key={`${p.kind}:${p.near}`} className={`map-exchange vedge-${p.kind}${p.near ? ' is-near' : ''}`} d={p.d} strokeDasharray={DASH[p.kind]} />
        ))}
        {paths.arrows.map((p) => (
          <path key={`${p.kind}:${p.near}`} className={`map-exchange-arrow vedge-${p.kind}${p.near ? ' is-near' : ''}`} d={p.d} />
        ))}
        {labelled.map((e) => (
          <g key={e.id} className={`map-exchange-label vedge-${e.kind}${e.near ? ' is-near' : ''}`} data-id={e.id}>
            <EdgeLabel text={e.text} label={e.label!} selected={false} width={e.labelWidth} />
          </g>
        ))}
      </svg>
    </ViewportPortal>
  );
}

export const ExchangeLayer = memo(ExchangeLayerView);
