import { EDGE_KIND_LABELS, EDGE_KINDS, EDGE_STYLES } from '../../domain';
import { markLegendEntries } from '../../ui/markLegend';

/** Shapes and line patterns carry the meaning; colour only repeats it. */
export function MapLegend() {
  return (
    <section className="map-panel map-legend" aria-label="Legend">
      <h2>Legend</h2>
      <ul>
        {markLegendEntries({ noise: false }).map((entry) => (
          <li key={entry.key}>
            {entry.icon} {entry.text}
          </li>
        ))}
      </ul>
      <ul>
        {EDGE_KINDS.map((kind) => (
          <li key={kind}>
            <svg className="legend-line" width="28" height="10" aria-hidden="true">
              <line className={`vedge-sample vedge-${kind}`} x1="1" y1="5" x2="27" y2="5" strokeDasharray={EDGE_STYLES[kind].dash?.join(' ')} />
            </svg>
            {EDGE_KIND_LABELS[kind]}
          </li>
        ))}
      </ul>
      <p className="map-hint">
        Rings are tiers, innermost first. Arrows show the direction of an exchange. Drag from the dot on a node’s right edge to another node to add one; drop a
        node on another ring to change its tier. Right-click a partner or a line for its actions.
      </p>
    </section>
  );
}
