import { PARTNER_TYPE_LABELS, SHAPE_BOX, TYPE_MARKS, shapePath, type PartnerType } from '../domain';

interface TypeShapeProps {
  type: PartnerType;
  /** Side in CSS pixels (or in the parent SVG's units when `x`/`y` place it inside an SVG). */
  size?: number;
  x?: number;
  y?: number;
  className?: string;
}

/**
 * A partner type's mark: the same shape and colour on the map, in the lists, the fit matrix and metrics
 * (and drawn from the same numbers in the PDF). Colour only repeats what the shape says.
 */
export function TypeShape({ type, size = 14, x, y, className }: TypeShapeProps) {
  const { shape } = TYPE_MARKS[type];
  return (
    <svg
      className={`type-shape type-shape-${type}${className ? ` ${className}` : ''}`}
      data-shape={shape}
      x={x}
      y={y}
      width={size}
      height={size}
      viewBox={`0 0 ${SHAPE_BOX} ${SHAPE_BOX}`}
      aria-hidden="true"
      focusable="false"
    >
      <path d={shapePath(shape)} />
    </svg>
  );
}

/** The mark with the type's name beside it. */
export function TypeMark({ type }: { type: PartnerType }) {
  return (
    <span className="type-mark">
      <TypeShape type={type} />
      {PARTNER_TYPE_LABELS[type]}
    </span>
  );
}
