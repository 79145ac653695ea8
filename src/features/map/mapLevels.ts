import { useStoreApi } from '@xyflow/react';
import { useEffect, useState } from 'react';

/*
 * Level of detail. Every text on the map is sized in map units and shown only where it is legible on
 * screen; the level changes only when the zoom crosses one of these thresholds, never per zoom step.
 */

/** Partner names, bold, in map units; legible from 9 px on screen. */
export const NAME_FONT = 16;
export const NAME_LEGIBLE_PX = 9;
/** Exchange labels, tier subtitles and score badges; shown from 11 px on screen. */
export const LABEL_FONT = 14;
export const LEGIBLE_PX = 11;
/** Numbered badges that stand for labels when those are too small; 11 px at the names threshold. */
export const BADGE_FONT = 20;
export const BADGE_RADIUS = 15;
export const LABEL_HEIGHT = 22;
/** Light partner shapes, in map units; below ZOOM_DOTS they would be under 4 px and become dots. */
export const LIGHT_SHAPE = 48;

export const ZOOM_NAMES = NAME_LEGIBLE_PX / NAME_FONT;
export const ZOOM_DETAIL = LEGIBLE_PX / LABEL_FONT;
export const ZOOM_DOTS = 4 / LIGHT_SHAPE;

export type MapLevel = 'dots' | 'shapes' | 'names' | 'detail';
const LEVELS: readonly MapLevel[] = ['dots', 'shapes', 'names', 'detail'];
const THRESHOLDS = [ZOOM_DOTS, ZOOM_NAMES, ZOOM_DETAIL];
/** A level changes only a little past its threshold, so a zoom resting on one does not flicker. */
const HYSTERESIS = 0.03;

export function levelAt(zoom: number, current?: MapLevel): MapLevel {
  let index = THRESHOLDS.filter((t) => zoom >= t).length;
  if (current !== undefined) {
    const now = LEVELS.indexOf(current);
    if (index > now && zoom < (THRESHOLDS[index - 1] ?? 0) * (1 + HYSTERESIS)) index = now;
    if (index < now && zoom > (THRESHOLDS[now - 1] ?? 0) * (1 - HYSTERESIS)) index = now;
  }
  return LEVELS[index] ?? 'detail';
}

export const isLight = (level: MapLevel) => level === 'dots' || level === 'shapes';

/**
 * The map's level of detail, following React Flow's zoom; re-renders only when the level changes. Until
 * React Flow has applied its first viewport, the level of `initialZoom` holds.
 */
export function useMapLevel(initialZoom: number): MapLevel {
  const store = useStoreApi();
  const [state, setState] = useState(() => ({ initialZoom, level: levelAt(initialZoom) }));
  if (state.initialZoom !== initialZoom) setState({ initialZoom, level: levelAt(initialZoom) });
  const level = state.initialZoom === initialZoom ? state.level : levelAt(initialZoom);
  useEffect(() => {
    let current = levelAt(initialZoom);
    return store.subscribe((s) => {
      if (!s.panZoom) return;
      const next = levelAt(s.transform[2], current);
      if (next === current) return;
      current = next;
      setState({ initialZoom, level: next });
    });
  }, [store, initialZoom]);
  return level;
}
