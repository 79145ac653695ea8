import { EDGE_KIND_LABELS, EDGE_KINDS, PARTNER_TYPE_LABELS, PARTNER_TYPES } from '../../domain';
import { TypeShape } from './TypeShape';

/** Shapes and line patterns carry the meaning; colour only repeats it. */
export function MapLegend() {
  return (
    <section className="map-panel map-legend" aria-label="Legend">
      <h2>Legend</h2>
      <ul>
        {PARTNER_TYPES.map((type) => (
          <li key={type}>
            <TypeShape type={type} /> {PARTNER_TYPE_LABELS[type]} partner
          </li>
        ))}
      </ul>
      <ul>
        {EDGE_KINDS.map((kind) => (
          <li key={kind}>
            <svg className="legend-line" width="28" height="10" aria-hidden="true">
              <line className={`vedge-sample vedge-${kind}`} x1="1" y1="5" x2="27" y2="5" />
            </svg>
            {EDGE_KIND_LABELS[kind]}
          </li>
        ))}
      </ul>
      <p className="map-hint">
        Rings are tiers, innermost first. Arrows show the direction of an exchange. Drag from the dot on a node’s right edge to another node to add one; drop a
        node on another ring to change its tier.
      </p>
    </section>
  );
}
