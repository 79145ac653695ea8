import { useMemo, type KeyboardEvent } from 'react';
import { matrixLayout, MATRIX, PARTNER_STATUS_LABELS, PARTNER_TYPE_LABELS, type PartnerRow, type PartnerStatus } from '../../domain';
import { goToSection } from '../../state/route';
import { useOpenWorkshop } from '../../state/selectors';
import { EmptyState } from '../../ui/EmptyState';
import { markLegendEntries } from '../../ui/markLegend';
import { PartnerMark } from '../../ui/PartnerMark';

const M = { left: 64, top: 16, right: 16, bottom: 56 };
const SCALE = [1, 2, 3, 4, 5];

export function FitMatrix({ rows }: { rows: PartnerRow[] }) {
  const workshop = useOpenWorkshop();
  const layout = useMemo(() => matrixLayout(rows.map((r) => r.partner)), [rows]);
  const noisy = useMemo(() => new Set(rows.filter((r) => r.noise.length > 0).map((r) => r.partner.id)), [rows]);
  const statuses = useMemo(() => new Map<string, PartnerStatus>(rows.map((r) => [r.partner.id, r.partner.status])), [rows]);
  if (!workshop) return null;
  if (rows.length === 0) return <EmptyState title="No partners to plot">Add partners and score them; each one lands here by strategic alignment and execution capability.</EmptyState>;

  const open = (id: string) => goToSection(workshop.id, 'partners', id);
  const onKey = (event: KeyboardEvent, id: string) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      open(id);
    }
  };
  const W = layout.width + M.left + M.right;
  const H = layout.height + M.top + M.bottom;

  return (
    <figure className="fit-matrix">
      <figcaption className="matrix-caption">
        <strong>Fit matrix.</strong> Across: strategic alignment. Up: execution capability. Size: cultural fit. Top right is where to invest; bottom left is where to cut or renegotiate.
      </figcaption>
      <div className="matrix-frame">
        <svg viewBox={`0 0 ${W} ${H}`} className="matrix-svg" role="group" aria-label="Fit matrix: strategic alignment by execution capability">
          <g transform={`translate(${M.left} ${M.top})`}>
            <rect className="matrix-sweet" x={3 * MATRIX.cellWidth} y={0} width={2 * MATRIX.cellWidth} height={2 * MATRIX.cellHeight} />
            <rect className="matrix-weak" x={0} y={3 * MATRIX.cellHeight} width={2 * MATRIX.cellWidth} height={2 * MATRIX.cellHeight} />
            {SCALE.map((n) => (
              <g key={n} className="matrix-grid">
                <line x1={(n - 1) * MATRIX.cellWidth} x2={(n - 1) * MATRIX.cellWidth} y1={0} y2={layout.height} />
                <line x1={0} x2={layout.width} y1={(n - 1) * MATRIX.cellHeight} y2={(n - 1) * MATRIX.cellHeight} />
                <text className="matrix-tick" x={(n - 0.5) * MATRIX.cellWidth} y={layout.height + 18} textAnchor="middle">
                  {n}
                </text>
                <text className="matrix-tick" x={-12} y={(5 - n + 0.5) * MATRIX.cellHeight + 4} textAnchor="end">
                  {n}
                </text>
              </g>
            ))}
            <rect className="matrix-border" x={0} y={0} width={layout.width} height={layout.height} />
            <text className="matrix-axis" x={layout.width / 2} y={layout.height + 44} textAnchor="middle">
              Strategic alignment →
            </text>
            <text className="matrix-axis" transform={`translate(${-40} ${layout.height / 2}) rotate(-90)`} textAnchor="middle">
              Execution capability →
            </text>
            {layout.bubbles.map((b) => (
              <g
                key={b.partnerId}
                className="matrix-point"
                role="link"
                tabIndex={0}
                aria-label={`${b.name}: ${PARTNER_TYPE_LABELS[b.type]}, ${PARTNER_STATUS_LABELS[statuses.get(b.partnerId) ?? 'active'].toLowerCase()}, alignment ${b.alignment}, execution ${b.execution}, cultural fit ${b.culture}${noisy.has(b.partnerId) ? ', noise' : ''}`}
                onClick={() => open(b.partnerId)}
                onKeyDown={(e) => onKey(e, b.partnerId)}
              >
                <title>{b.name}</title>
                <PartnerMark type={b.type} status={statuses.get(b.partnerId) ?? 'active'} noise={noisy.has(b.partnerId)} x={b.x - b.r} y={b.y - b.r} size={2 * b.r} />
                <text className="matrix-label" x={b.x + 18} y={b.y + 4}>
                  {b.label}
                </text>
              </g>
            ))}
            {layout.overflows.map((o) => (
              <text key={`${o.x}:${o.y}`} className="matrix-more" x={o.x - 4} y={o.y + 4}>
                <title>{o.names.join(', ')}</title>+{o.names.length} more
              </text>
            ))}
          </g>
        </svg>
      </div>
      <div className="matrix-legend" aria-label="Legend">
        {markLegendEntries({ noise: true }).map((entry) => (
          <span key={entry.key}>
            {entry.icon} {entry.text}
          </span>
        ))}
        <span>
          <svg width="34" height="16" viewBox="0 0 34 16" aria-hidden="true" className="legend-sizes">
            <circle cx="5" cy="8" r="3" />
            <circle cx="23" cy="8" r="7" />
          </svg>
          larger = better cultural fit
        </span>
      </div>
    </figure>
  );
}
