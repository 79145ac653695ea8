import { useStore, type ReactFlowState } from '@xyflow/react';
import { memo, useLayoutEffect, useRef } from 'react';
import { outlineDash, type MapEdge, type MapPoint } from '../../domain';
import type { LightPaths } from './lightPaths';
import type { MapLevel } from './mapLevels';

const transformOf = (s: ReactFlowState) => s.transform;

/** The light marks in map units: a dozen paths, drawn once per change of the map, then only moved. */
const LightMarks = memo(function LightMarks({ paths, level }: { paths: LightPaths; level: MapLevel }) {
  return (
    <>
      <g className="map-light-edges">
        {paths.edges.map((e) => (
          <path key={`${e.kind}:${e.near}`} className={`map-light-edge vedge-${e.kind}${e.near ? ' is-near' : ''}`} d={e.d} />
        ))}
      </g>
      {level === 'dots' ? (
        <g className="map-light-dots">
          {paths.dots.map((d) => (
            <path key={d.type} className={`map-light-dot map-light-${d.type}`} d={d.d} />
          ))}
        </g>
      ) : (
        <g className="map-light-shapes">
          {paths.shapes.map((s) => (
            <path key={`${s.type}:${s.outline}`} className={`map-light-shape map-light-${s.type}`} d={s.d} strokeDasharray={outlineDash(s.outline, 4)?.join(' ')} data-outline={s.outline} />
          ))}
        </g>
      )}
    </>
  );
});

/** Lines of the partner being dragged, from where it is now. */
function LiveLines({ live, edges, centre }: { live: { id: string; at: MapPoint }; edges: readonly MapEdge[]; centre: (id: string) => MapPoint | undefined }) {
  return (
    <g className="map-light-edges">
      {edges
        .filter((e) => e.from === live.id || e.to === live.id)
        .map((e) => {
          const a = e.from === live.id ? live.at : centre(e.from);
          const b = e.to === live.id ? live.at : centre(e.to);
          return a && b ? <path key={e.id} className={`map-light-edge vedge-${e.kind} is-near`} d={`M${a.x} ${a.y}L${b.x} ${b.y}`} style={{ stroke: `var(--edge-${e.kind})` }} /> : null;
        })}
    </g>
  );
}

interface LightLayerProps {
  paths: LightPaths;
  level: MapLevel;
  focused: boolean;
  live: { id: string; at: MapPoint } | null;
  edges: readonly MapEdge[];
  centre: (id: string) => MapPoint | undefined;
}

/**
 * Partners and exchanges when the map is zoomed out past reading names: type shapes (or dots) and plain
 * lines, one path per kind, in a screen-sized SVG moved with the viewport. React Flow then holds only the
 * organisation and the selected partner, drawn in full.
 */
function LightLayerView({ paths, level, focused, live, edges, centre }: LightLayerProps) {
  const [tx, ty, zoom] = useStore(transformOf);
  const ref = useRef<SVGSVGElement>(null);
  useLayoutEffect(() => {
    // For the bench and tests: how many partners this layer draws.
    ref.current?.setAttribute('data-light-nodes', String(paths.count));
  }, [paths.count]);
  return (
    <svg ref={ref} className={`react-flow__container map-light${focused ? ' map-light-focus' : ''}`} aria-hidden="true" data-level={level}>
      <g transform={`translate(${tx} ${ty}) scale(${zoom})`}>
        <LightMarks paths={paths} level={level} />
        {live && <LiveLines live={live} edges={edges} centre={centre} />}
      </g>
    </svg>
  );
}

export const LightLayer = memo(LightLayerView);
