import { NOISE_MARK, STATUS_OUTLINE, TYPE_MARKS, outlineDash, shapePath, type OutlineStyle, type PartnerStatus, type ShapeName, type PartnerType } from '../domain';
import { TypeShape } from './TypeShape';

const RING_GAP = 3;
const RING_WIDTH = 1.5;

/** The outline style's ring around a mark of side `size` at (x, y), in the parent SVG's units; none for `solid`. */
export function OutlineRing({ shape, tone, style, x, y, size }: { shape: ShapeName; tone: PartnerType | 'neutral'; style: OutlineStyle; x: number; y: number; size: number }) {
  const dash = outlineDash(style, RING_WIDTH);
  if (!dash) return null;
  const side = size + 2 * RING_GAP;
  return <path className={`outline-ring outline-ring-${tone}`} data-outline={style} d={shapePath(shape, side, x - RING_GAP, y - RING_GAP)} strokeDasharray={dash.join(' ')} />;
}

/** The noise mark: a small round badge with "!" at (cx, cy). */
export function NoiseBadge({ cx, cy, r = 6 }: { cx: number; cy: number; r?: number }) {
  return (
    <g className="noise-badge" data-noise="true">
      <circle cx={cx} cy={cy} r={r} />
      <text x={cx} y={cy} textAnchor="middle" dominantBaseline="central" fontSize={r * 1.5}>
        {NOISE_MARK.glyph}
      </text>
    </g>
  );
}

interface PartnerMarkProps {
  type: PartnerType;
  status: PartnerStatus;
  noise: boolean;
  /** Top left and side of the type shape, in the parent SVG's units. */
  x: number;
  y: number;
  size: number;
}

/** A partner drawn inside an SVG chart: its type shape, its status outline and, if it is noise, the noise badge. */
export function PartnerMark({ type, status, noise, x, y, size }: PartnerMarkProps) {
  return (
    <>
      <TypeShape type={type} x={x} y={y} size={size} className="bubble" />
      <OutlineRing shape={TYPE_MARKS[type].shape} tone={type} style={STATUS_OUTLINE[status]} x={x} y={y} size={size} />
      {noise && <NoiseBadge cx={x + size} cy={y} />}
    </>
  );
}
