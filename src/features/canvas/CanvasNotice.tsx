import { useCanvasNotice } from '../../state/canvasNotice';

/** Why the last key or click did nothing, said over the board (and to screen readers) for a few seconds. */
export function CanvasNotice() {
  const message = useCanvasNotice((s) => s.message);
  return (
    <p className="canvas-notice" role="status">
      {message}
    </p>
  );
}
