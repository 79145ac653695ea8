import { PARTNER_TYPE_LABELS, type PartnerType } from '../../domain';

/** Each type has its own shape as well as its colour, so it reads without colour too. */
export function TypeShape({ type, size = 12 }: { type: PartnerType; size?: number }) {
  const h = size / 2;
  return (
    <svg className={`type-shape type-${type}`} width={size} height={size} viewBox={`0 0 ${size} ${size}`} aria-hidden="true">
      {type === 'channel' && <circle cx={h} cy={h} r={h - 0.5} />}
      {type === 'technology' && <rect x={0.5} y={0.5} width={size - 1} height={size - 1} rx={1.5} />}
      {type === 'innovation' && <polygon points={`${h},0.3 ${size - 0.3},${h} ${h},${size - 0.3} 0.3,${h}`} />}
    </svg>
  );
}

export function TypeMark({ type }: { type: PartnerType }) {
  return (
    <span className="type-mark">
      <TypeShape type={type} />
      {PARTNER_TYPE_LABELS[type]}
    </span>
  );
}
