import { PARTNER_TYPE_LABELS, type MixEntry } from '../../domain';

const pct = (share: number) => Math.round(share * 100);

/** Per type: the share of partners (solid bar) against the share the objectives imply (outlined bar). */
export function MixChart({ mix }: { mix: MixEntry[] }) {
  const width = 420;
  const rowHeight = 52;
  const labelWidth = 118;
  const barMax = width - labelWidth - 56;
  return (
    <figure className="mix-chart">
      <svg viewBox={`0 0 ${width} ${mix.length * rowHeight + 8}`} role="img" aria-labelledby="mix-chart-title">
        <title id="mix-chart-title">
          {mix.map((e) => `${PARTNER_TYPE_LABELS[e.type]}: ${pct(e.actual)} % of partners, ${pct(e.implied)} % implied by the objectives`).join('; ')}
        </title>
        {mix.map((e, i) => {
          const y = i * rowHeight + 8;
          return (
            <g key={e.type} className={`type-${e.type}`}>
              <text x={0} y={y + 19} className="mix-label">
                {PARTNER_TYPE_LABELS[e.type]}
              </text>
              <rect x={labelWidth} y={y + 6} width={Math.max(2, e.actual * barMax)} height={16} rx={3} className="mix-actual" />
              <text x={labelWidth + Math.max(2, e.actual * barMax) + 6} y={y + 19} className="mix-value">
                {pct(e.actual)} %
              </text>
              <rect x={labelWidth} y={y + 26} width={Math.max(2, e.implied * barMax)} height={10} rx={2} className="mix-implied" />
              <text x={labelWidth + Math.max(2, e.implied * barMax) + 6} y={y + 35} className="mix-value mix-value-implied">
                {pct(e.implied)} %
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="mix-legend">
        <span>
          <span className="legend-solid" aria-hidden="true" /> share of current partners
        </span>
        <span>
          <span className="legend-outline" aria-hidden="true" /> share the objectives imply
        </span>
      </figcaption>
    </figure>
  );
}
