/** A tiny trend line; the label says what it shows, for screen readers and on hover. */
export function Sparkline({ values, label, width = 88, height = 24 }: { values: number[]; label: string; width?: number; height?: number }) {
  if (values.length < 2) return <span className="sparkline-empty muted" title={label}>{values.length === 1 ? 'one value' : '—'}</span>;
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const pad = 3;
  const points = values.map((v, i) => {
    const x = pad + (i / (values.length - 1)) * (width - pad * 2);
    const y = height - pad - ((v - min) / span) * (height - pad * 2);
    return [x, y] as const;
  });
  const last = points[points.length - 1]!;
  const rising = values[values.length - 1]! >= values[0]!;
  return (
    <svg className={`sparkline ${rising ? 'is-up' : 'is-down'}`} width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      <title>{label}</title>
      <polyline fill="none" strokeWidth={1.75} strokeLinejoin="round" strokeLinecap="round" points={points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ')} />
      <circle cx={last[0]} cy={last[1]} r={2.25} />
    </svg>
  );
}
