import type { PartnerType } from '../../domain';

/** Each partner type has its own shape as well as its colour, so the map reads without colour. */
export function TypeShape({ type, size = 14 }: { type: PartnerType; size?: number }) {
  return (
    <svg className={`type-shape type-shape-${type}`} width={size} height={size} viewBox="0 0 14 14" aria-hidden="true" focusable="false">
      {type === 'channel' && <circle cx="7" cy="7" r="6" />}
      {type === 'technology' && <rect x="1.5" y="1.5" width="11" height="11" rx="2" />}
      {type === 'innovation' && <path d="M7 1 L13.2 12.5 L0.8 12.5 Z" strokeLinejoin="round" />}
    </svg>
  );
}
