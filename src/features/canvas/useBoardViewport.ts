import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useReactFlow, useStore, type Viewport } from '@xyflow/react';
import { BOARD_WIDTH, CANVAS_FIELDS, FIELD_GAP, NOTE_HEIGHT, boardBounds, type BoardPoint, type FieldRects } from '../../domain';

/** Screen pixels kept free around the board. */
const MARGIN = 8;

export interface ScreenSize {
  width: number;
  height: number;
}

/** The zoom at which the board fills the window's width: the editor's (and the room's) normal view. */
export function fitWidthZoom(size: ScreenSize): number {
  return Math.max(0.1, (size.width - 2 * MARGIN) / BOARD_WIDTH);
}

/** How tall each row of fields must be for the two rows to fill the window's height at that zoom. */
export function fillingRowHeight(size: ScreenSize): number {
  if (!size.width || !size.height) return 0;
  return ((size.height - 2 * MARGIN) / fitWidthZoom(size) - FIELD_GAP) / 2;
}

/** The board's size on screen, as React Flow measured it. */
export function useFlowSize(): ScreenSize {
  return useStore(
    (s) => ({ width: s.width, height: s.height }),
    (a, b) => a.width === b.width && a.height === b.height,
  );
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/**
 * The board fills the window's width, so note text grows with the screen; a board taller than the
 * window scrolls (wheel, or a note being written is scrolled into view). Zooming by hand (Ctrl+wheel,
 * pinch, the zoom commands) leaves that until Fit to window. Presenting fits the whole board, or one field.
 */
export function useBoardViewport(rects: FieldRects, size: ScreenSize, presentStep: number | null, draftAt: BoardPoint | null) {
  const flow = useReactFlow();
  const [manual, setManual] = useState(false);
  const bounds = boardBounds(rects);
  const presentField = presentStep ? CANVAS_FIELDS[presentStep - 1] : undefined;
  const presentRect = presentField ? rects[presentField] : presentStep === 0 ? bounds : null;
  const latest = useRef({ size, bounds, manual });
  latest.current = { size, bounds, manual };

  const fitWidth = useCallback(
    (keepTop = true) => {
      const { size: s, bounds: b } = latest.current;
      if (!s.width) return;
      const zoom = fitWidthZoom(s);
      const lowest = Math.min(MARGIN, s.height - MARGIN - b.height * zoom);
      const y = keepTop ? clamp(flow.getViewport().y, lowest, MARGIN) : MARGIN;
      void flow.setViewport({ x: MARGIN, y, zoom });
    },
    [flow],
  );

  useEffect(() => {
    if (presentStep !== null || manual || !size.width) return;
    fitWidth();
  }, [presentStep, manual, size.width, size.height, bounds.height, fitWidth]);

  const px = presentRect?.x;
  const py = presentRect?.y;
  const pw = presentRect?.width;
  const ph = presentRect?.height;
  useEffect(() => {
    if (px === undefined || py === undefined || !pw || !ph || !size.width) return;
    void flow.fitBounds({ x: px, y: py, width: pw, height: ph }, { padding: 0.02, duration: 200 });
  }, [px, py, pw, ph, size.width, size.height, flow]);

  // Leaving the presentation returns to the editor's view.
  const wasPresenting = useRef(false);
  useEffect(() => {
    if (wasPresenting.current && presentStep === null) {
      setManual(false);
      fitWidth(false);
    }
    wasPresenting.current = presentStep !== null;
  }, [presentStep, fitWidth]);

  const x = draftAt?.x;
  const y = draftAt?.y;
  useEffect(() => {
    if (x === undefined || y === undefined) return;
    const { x: tx, y: ty, zoom } = flow.getViewport();
    const { size: s } = latest.current;
    const top = y * zoom + ty;
    const left = x * zoom + tx;
    const bottom = top + NOTE_HEIGHT * 1.5 * zoom;
    if (top >= 0 && bottom <= s.height && left >= 0 && left <= s.width) return;
    const nextY = top < 0 ? MARGIN * 4 - y * zoom : s.height - MARGIN * 4 - (y + NOTE_HEIGHT * 1.5) * zoom;
    const nextX = left < 0 || left > s.width ? s.width / 2 - x * zoom : tx;
    void flow.setViewport({ x: nextX, y: nextY, zoom }, { duration: 150 });
  }, [x, y, flow]);

  /** A pan or zoom that ends away from the fitting zoom is a hand-made view. */
  const onMoveEnd = useCallback(
    (_event: unknown, viewport: Viewport) => {
      if (presentStep !== null || !latest.current.size.width) return;
      setManual(Math.abs(viewport.zoom - fitWidthZoom(latest.current.size)) > 0.005);
    },
    [presentStep],
  );
  const fitToWindow = useCallback(() => {
    setManual(false);
    fitWidth(false);
  }, [fitWidth]);
  const zoomBy = useCallback(
    (factor: number) => {
      setManual(true);
      const { zoom } = flow.getViewport();
      void flow.zoomTo(clamp(zoom * factor, 0.2, 4), { duration: 120 });
    },
    [flow],
  );
  const extent = useMemo<[[number, number], [number, number]]>(
    () => [
      [-BOARD_WIDTH * 0.02, -MARGIN * 4],
      [BOARD_WIDTH * 1.02, bounds.height + MARGIN * 4],
    ],
    [bounds.height],
  );
  return { manual, onMoveEnd, fitToWindow, zoomBy, extent };
}
