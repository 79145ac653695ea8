import { create } from 'zustand';

/**
 * Notes' heights as last measured on screen (in board units), so that placing, moving and tidying
 * notes keeps clear of how tall they really are. Not saved: it depends on the screen's fonts.
 */
export const useNoteHeights = create<{ heights: Readonly<Record<string, number>> }>(() => ({ heights: {} }));

export function noteHeights(): Readonly<Record<string, number>> {
  return useNoteHeights.getState().heights;
}

export function recordNoteHeights(measured: readonly (readonly [string, number])[]): void {
  const { heights } = useNoteHeights.getState();
  if (measured.every(([id, h]) => heights[id] === h)) return;
  useNoteHeights.setState({ heights: { ...heights, ...Object.fromEntries(measured) } });
}
