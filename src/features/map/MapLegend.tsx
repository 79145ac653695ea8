import { useState, type ReactNode } from 'react';
import { EDGE_KIND_LABELS, EDGE_KINDS, EDGE_STYLES } from '../../domain';
import { markLegendEntries } from '../../ui/markLegend';

export interface NumberedLabel {
  id: string;
  number: number;
  text: string;
  route: string;
}

function Sample({ children }: { children: ReactNode }) {
  return (
    <svg className="legend-mark" width="28" height="20" viewBox="0 0 28 20" aria-hidden="true">
      {children}
    </svg>
  );
}

/** The numbered exchange labels, rendered only while open (a big map has hundreds). */
function LabelList({ labels, onSelect }: { labels: readonly NumberedLabel[]; onSelect: (id: string) => void }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="map-label-list" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Labels by number ({labels.length})</summary>
      {open && (
        <ol>
          {labels.map((l) => (
            <li key={l.id}>
              <button type="button" onClick={() => onSelect(l.id)} aria-label={`${l.number}: ${l.text}, ${l.route}`}>
                <span className="map-label-number">{l.number}</span>
                <span>
                  {l.text}
                  <span className="map-label-route">{l.route}</span>
                </span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}

/** Every mark the map uses, worded once: shapes and line patterns carry the meaning; colour only repeats it. */
export function MapLegend({ labels, onSelectEdge }: { labels: readonly NumberedLabel[]; onSelectEdge: (id: string) => void }) {
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
            <Sample>
              <line className={`vedge-sample vedge-${kind}`} x1="1" y1="10" x2="27" y2="10" strokeDasharray={EDGE_STYLES[kind].dash?.join(' ')} />
            </Sample>
            {EDGE_KIND_LABELS[kind]}
          </li>
        ))}
      </ul>
      <ul>
        <li>
          <Sample>
            <line className="legend-arrow-line" x1="2" y1="10" x2="20" y2="10" />
            <path className="legend-arrow" d="M18,5 L27,10 L18,15 Z" />
          </Sample>
          Direction of an exchange (arrows at both ends: both ways)
        </li>
        <li>
          <Sample>
            <rect className="legend-score" x="1" y="3" width="26" height="14" rx="7" />
            <text className="legend-score-text" x="14" y="10" textAnchor="middle" dominantBaseline="central">
              4.2
            </text>
          </Sample>
          Weighted score, of 5
        </li>
        <li>
          <Sample>
            <circle className="legend-badge" cx="14" cy="10" r="8.5" />
            <text className="legend-badge-text" x="14" y="10" textAnchor="middle" dominantBaseline="central">
              3
            </text>
          </Sample>
          Label number: the text is in the list below (shown when labels are too small to read or have no room)
        </li>
      </ul>
      <p className="map-hint">
        Rings are tiers, innermost first; each type has its sector. Drag from the dot on a node’s right edge to another node to add an exchange; drop a node on
        another ring to change its tier. Right-click a partner or a line for its actions.
      </p>
      {labels.length > 0 && <LabelList labels={labels} onSelect={onSelectEdge} />}
    </section>
  );
}
