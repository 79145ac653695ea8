import { useStore, type ReactFlowState } from '@xyflow/react';
import { memo } from 'react';
import { PARTNER_TYPE_LABELS, PARTNER_TYPES, sectorCentre, type EcosystemLayout } from '../../domain';
import { ringLabelAngle, type SectorLabel } from './mapView';
import { TypeShape } from '../../ui/TypeShape';

const transformOf = (s: ReactFlowState) => s.transform;

/**
 * Tier rings and type sectors in flow coordinates, moved with the viewport. A screen-sized SVG (like React
 * Flow's Background) rather than a huge one inside the viewport: only the visible part is ever painted.
 */
function RingLayerView({ layout, labels }: { layout: EcosystemLayout; labels: SectorLabel[] }) {
  const outer = layout.rings.at(-1)?.outer ?? 200;
  const [tx, ty, zoom] = useStore(transformOf);
  const bands = [...layout.rings].reverse();
  const labelAngle = ringLabelAngle();
  return (
    <svg className="react-flow__container map-rings" aria-hidden="true">
      <g transform={`translate(${tx} ${ty}) scale(${zoom})`}>
        {bands.map((ring, i) => (
          <circle key={ring.tierId ?? 'none'} r={ring.outer} className={`map-band map-band-${(bands.length - 1 - i) % 3}${ring.tierId === null ? ' map-band-untiered' : ''}`} />
        ))}
        <circle r={layout.rings[0]?.inner ?? 0} className="map-core" />
        {PARTNER_TYPES.map((type) => {
          const a = sectorCentre(type) + Math.PI / 3;
          return <line key={type} className="map-sector-line" x1={Math.cos(a) * (layout.rings[0]?.inner ?? 0)} y1={Math.sin(a) * (layout.rings[0]?.inner ?? 0)} x2={Math.cos(a) * outer} y2={Math.sin(a) * outer} />;
        })}
        {layout.rings.map((ring) => (
          <g key={ring.tierId ?? 'none'} className="map-ring-label" data-ring={ring.name} transform={`translate(${ring.radius * Math.cos(labelAngle)} ${ring.radius * Math.sin(labelAngle)})`}>
            <rect x={-70} y={-13} width={140} height={26} rx={13} />
            <text textAnchor="middle" dominantBaseline="central">
              {ring.name.length > 16 ? `${ring.name.slice(0, 15)}…` : ring.name}
            </text>
          </g>
        ))}
        {labels.map(({ type, at }) => (
          <g key={type} className={`map-sector-label map-sector-${type}`} transform={`translate(${at.x} ${at.y})`}>
            <g transform="translate(-66 -10)">
              <TypeShape type={type} size={20} />
            </g>
            <text x={-38} dominantBaseline="central">
              {PARTNER_TYPE_LABELS[type]}
            </text>
          </g>
        ))}
      </g>
    </svg>
  );
}

export const RingLayer = memo(RingLayerView);
