import { useStore, type ReactFlowState } from '@xyflow/react';
import { memo } from 'react';
import { PARTNER_TYPE_LABELS, PARTNER_TYPES, sectorCentre, type EcosystemLayout } from '../../domain';
import { TypeShape } from '../../ui/TypeShape';
import { ringLabelAngle, type SectorLabel } from './mapView';

const transformOf = (s: ReactFlowState) => s.transform;
const RING_LABEL_MAX = 16;

/** Rings and sector lines in map units: drawn once per layout change, moved as one group. */
const RingShapes = memo(function RingShapes({ layout }: { layout: EcosystemLayout }) {
  const outer = layout.rings.at(-1)?.outer ?? 200;
  const inner = layout.rings[0]?.inner ?? 0;
  const bands = [...layout.rings].reverse();
  return (
    <>
      {bands.map((ring, i) => (
        <circle key={ring.tierId ?? 'none'} r={ring.outer} className={`map-band map-band-${(bands.length - 1 - i) % 3}${ring.tierId === null ? ' map-band-untiered' : ''}`} />
      ))}
      <circle r={inner} className="map-core" />
      {PARTNER_TYPES.map((type) => {
        const a = sectorCentre(type) + Math.PI / 3;
        return <line key={type} className="map-sector-line" x1={Math.cos(a) * inner} y1={Math.sin(a) * inner} x2={Math.cos(a) * outer} y2={Math.sin(a) * outer} />;
      })}
    </>
  );
});

const RING_LABEL_BOX = { width: 124, height: 22 };

/** The rings whose name tags, innermost first, do not run into the tag before them at this zoom (zoomed out, rings crowd). */
function apart<T extends { radius: number }>(rings: readonly T[], zoom: number, angle: number): T[] {
  const kept: T[] = [];
  for (const ring of rings) {
    const last = kept.at(-1);
    const gap = last ? (ring.radius - last.radius) * zoom : Infinity;
    if (Math.abs(gap * Math.sin(angle)) >= RING_LABEL_BOX.height + 2 || Math.abs(gap * Math.cos(angle)) >= RING_LABEL_BOX.width + 2) kept.push(ring);
  }
  return kept;
}

/**
 * Tier rings and type sectors, moved with the viewport, in a screen-sized SVG (like React Flow's
 * Background), so only the visible part is painted. The ring and sector names keep their screen size at
 * every zoom: a handful of texts re-placed per frame, nothing measured.
 */
function RingLayerView({ layout, labels }: { layout: EcosystemLayout; labels: SectorLabel[] }) {
  const [tx, ty, zoom] = useStore(transformOf);
  const screen = (x: number, y: number) => `translate(${tx + x * zoom} ${ty + y * zoom})`;
  const labelAngle = ringLabelAngle();
  return (
    <svg className="react-flow__container map-rings" aria-hidden="true">
      <g transform={`translate(${tx} ${ty}) scale(${zoom})`}>
        <RingShapes layout={layout} />
      </g>
      {apart(layout.rings, zoom, labelAngle).map((ring) => (
        <g key={ring.tierId ?? 'none'} className="map-ring-label" data-ring={ring.name} transform={screen(ring.radius * Math.cos(labelAngle), ring.radius * Math.sin(labelAngle))}>
          <rect x={-RING_LABEL_BOX.width / 2} y={-RING_LABEL_BOX.height / 2} width={RING_LABEL_BOX.width} height={RING_LABEL_BOX.height} rx={RING_LABEL_BOX.height / 2} />
          <text textAnchor="middle" dominantBaseline="central">
            {ring.name.length > RING_LABEL_MAX ? `${ring.name.slice(0, RING_LABEL_MAX - 1)}…` : ring.name}
          </text>
        </g>
      ))}
      {labels.map(({ type, at, angle }) => {
        // The text runs sideways outward from its anchor, so it never reaches back over the partners.
        const left = Math.cos(angle) < 0;
        return (
          <g key={type} className={`map-sector-label map-sector-${type}`} transform={screen(at.x, at.y)}>
            <TypeShape type={type} size={18} x={left ? -18 : 0} y={-9} />
            <text x={left ? -26 : 26} textAnchor={left ? 'end' : 'start'} dominantBaseline="central">
              {PARTNER_TYPE_LABELS[type]}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export const RingLayer = memo(RingLayerView);
