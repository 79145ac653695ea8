import { Panel, useReactFlow, useStore, type ReactFlowState } from '@xyflow/react';
import { memo, useMemo, useRef, type PointerEvent } from 'react';
import { PARTNER_TYPES, type EcosystemLayout, type Partner, type PartnerType } from '../../domain';

const WIDTH = 168;
const HEIGHT = 112;
const view = (s: ReactFlowState) => `${s.transform[0]} ${s.transform[1]} ${s.transform[2]} ${s.width} ${s.height}`;

/** Every partner as a dot of its type's colour, one path per type: drawn once per layout change. */
const OverviewDots = memo(function OverviewDots({ layout, partners, dot }: { layout: EcosystemLayout; partners: readonly Partner[]; dot: number }) {
  const paths = useMemo(() => {
    const byType = new Map<PartnerType, string[]>();
    for (const p of partners) {
      const at = layout.positions[p.id];
      if (!at) continue;
      const list = byType.get(p.type) ?? [];
      list.push(`M${Math.round(at.x)} ${Math.round(at.y)}h0`);
      byType.set(p.type, list);
    }
    return PARTNER_TYPES.flatMap((type) => (byType.has(type) ? [{ type, d: byType.get(type)!.join('') }] : []));
  }, [layout, partners]);
  return (
    <>
      <circle className="map-overview-org" cx={layout.center.x} cy={layout.center.y} r={dot * 1.2} />
      {paths.map((p) => (
        <path key={p.type} className={`map-overview-dots map-light-${p.type}`} d={p.d} strokeWidth={dot} />
      ))}
    </>
  );
});

/**
 * The whole map in a corner, with the part on screen outlined; press or drag in it to move there. Its dots
 * come from the layout, not from React Flow's nodes (which, zoomed out, hold only the full ones).
 */
export function MapOverview({ layout, partners }: { layout: EcosystemLayout; partners: readonly Partner[] }) {
  const flow = useReactFlow();
  const [tx, ty, zoom, width, height] = useStore(view).split(' ').map(Number) as [number, number, number, number, number];
  const ref = useRef<SVGSVGElement>(null);
  const { minX, minY, maxX, maxY } = layout.bounds;
  const span = Math.max((maxX - minX) / WIDTH, (maxY - minY) / HEIGHT) * 1.1;
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  const box = { x: cx - (WIDTH * span) / 2, y: cy - (HEIGHT * span) / 2, w: WIDTH * span, h: HEIGHT * span };
  const moveTo = (event: PointerEvent<SVGSVGElement>) => {
    const rect = ref.current?.getBoundingClientRect();
    if (!rect) return;
    void flow.setCenter(box.x + ((event.clientX - rect.left) / rect.width) * box.w, box.y + ((event.clientY - rect.top) / rect.height) * box.h, { zoom });
  };
  return (
    <Panel position="top-right" className="map-overview">
      <svg
        ref={ref}
        width={WIDTH}
        height={HEIGHT}
        viewBox={`${box.x} ${box.y} ${box.w} ${box.h}`}
        role="img"
        aria-label="Map overview"
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          moveTo(e);
        }}
        onPointerMove={(e) => e.buttons === 1 && moveTo(e)}
      >
        <OverviewDots layout={layout} partners={partners} dot={span * 3} />
        <rect className="map-overview-view" x={-tx / zoom} y={-ty / zoom} width={width / zoom} height={height / zoom} strokeWidth={span * 1.5} />
      </svg>
    </Panel>
  );
}
