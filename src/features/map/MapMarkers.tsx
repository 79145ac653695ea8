import { EDGE_KINDS } from '../../domain';

/** One arrowhead per exchange kind; `auto-start-reverse` lets the same marker point backwards at the start. */
export function MapMarkers() {
  return (
    <svg className="map-markers" aria-hidden="true" focusable="false">
      <defs>
        {EDGE_KINDS.map((kind) => (
          <marker key={kind} id={`map-arrow-${kind}`} className={`map-arrow map-arrow-${kind}`} viewBox="-10 -6 12 12" refX="0" refY="0" markerWidth="14" markerHeight="14" markerUnits="userSpaceOnUse" orient="auto-start-reverse">
            <path d="M-9,-5 L0,0 L-9,5 Z" />
          </marker>
        ))}
      </defs>
    </svg>
  );
}
