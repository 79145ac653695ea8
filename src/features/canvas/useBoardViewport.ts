import { useCallback, useEffect, useRef } from 'react';
import { useReactFlow, useStore } from '@xyflow/react';
import { NOTE_HEIGHT, NOTE_WIDTH, boardBounds, type BoardPoint, type FieldRects } from '../../domain';

const PADDING = 0.04;

/**
 * Keeps the whole board in view as fields grow, until someone pans or zooms by hand (Fit view
 * resumes it); then a note being written is panned into view if it starts off screen.
 */
export function useBoardViewport(rects: FieldRects, presenting: boolean, draftAt: BoardPoint | null) {
  const flow = useReactFlow();
  const autoFit = useRef(true);
  const size = useStore(
    (s) => ({ width: s.width, height: s.height }),
    (a, b) => a.width === b.width && a.height === b.height,
  );
  const bounds = boardBounds(rects);

  useEffect(() => {
    if (!autoFit.current || presenting || !size.width) return;
    void flow.fitBounds(bounds, { padding: PADDING, duration: 150 });
    // Refit only when the board's size or the window's changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [bounds.width, bounds.height, size.width, size.height, presenting, flow]);

  const x = draftAt?.x;
  const y = draftAt?.y;
  useEffect(() => {
    if (x === undefined || y === undefined || autoFit.current) return;
    const { x: tx, y: ty, zoom } = flow.getViewport();
    const left = x * zoom + tx;
    const top = y * zoom + ty;
    const inView = left >= 0 && top >= 0 && left + NOTE_WIDTH * zoom <= size.width && top + NOTE_HEIGHT * zoom <= size.height;
    if (!inView) void flow.setCenter(x + NOTE_WIDTH / 2, y + NOTE_HEIGHT / 2, { zoom: Math.max(zoom, 0.6), duration: 200 });
  }, [x, y, flow, size.width, size.height]);

  const stopAutoFit = useCallback(() => {
    autoFit.current = false;
  }, []);
  const resumeAutoFit = useCallback(() => {
    autoFit.current = true;
  }, []);
  const onMoveStart = useCallback((event: MouseEvent | TouchEvent | null) => {
    if (event) autoFit.current = false;
  }, []);
  return { stopAutoFit, resumeAutoFit, onMoveStart };
}
