import type { ReactNode } from 'react';
import { NOISE_MARK, OUTLINE_MEANINGS, PARTNER_TYPE_LABELS, PARTNER_TYPES, type OutlineStyle } from '../domain';
import { NoiseBadge, OutlineRing } from './PartnerMark';
import { TypeShape } from './TypeShape';

export interface LegendEntry {
  key: string;
  icon: ReactNode;
  text: string;
}

const OUTLINES: OutlineStyle[] = ['dashed', 'dotted'];

/** Legend rows for the partner marks, worded once: types, then outline styles, then (optionally) noise. */
export function markLegendEntries({ noise }: { noise: boolean }): LegendEntry[] {
  const types = PARTNER_TYPES.map((type) => ({ key: type, icon: <TypeShape type={type} size={14} />, text: `${PARTNER_TYPE_LABELS[type]} partner` }));
  const outlines = OUTLINES.map((style) => ({
    key: style,
    icon: (
      <svg className="legend-mark" width="20" height="20" viewBox="0 0 20 20" aria-hidden="true">
        <OutlineRing shape="circle" tone="neutral" style={style} x={4} y={4} size={12} />
      </svg>
    ),
    text: `${style[0]?.toUpperCase()}${style.slice(1)} outline: ${OUTLINE_MEANINGS[style].replace(/^./, (c) => c.toLowerCase())}`,
  }));
  const noiseEntry = {
    key: 'noise',
    icon: (
      <svg className="legend-mark" width="20" height="20" viewBox="0 0 20 20" aria-hidden="true">
        <NoiseBadge cx={10} cy={10} r={7} />
      </svg>
    ),
    text: NOISE_MARK.meaning,
  };
  return [...types, ...outlines, ...(noise ? [noiseEntry] : [])];
}
