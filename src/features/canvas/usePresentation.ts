import { useCallback, useEffect, type RefObject } from 'react';
import { startPresenting, stopPresenting, useCanvasRoom } from '../../state/canvasRoom';

/** Presenting goes full screen where the platform allows it (a window-filling view where it doesn't), and leaving either ends both. */
export function usePresentation(screen: RefObject<HTMLElement | null>) {
  const presenting = useCanvasRoom((s) => s.presenting !== null);
  const present = useCallback(() => {
    startPresenting();
    const el = screen.current;
    if (el?.requestFullscreen && document.fullscreenEnabled) el.requestFullscreen().catch(() => {});
  }, [screen]);

  useEffect(() => {
    if (!presenting) {
      if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
      return;
    }
    const onFullscreen = () => {
      if (!document.fullscreenElement) stopPresenting();
    };
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => document.removeEventListener('fullscreenchange', onFullscreen);
  }, [presenting]);

  // Leaving the canvas screen ends the presentation.
  useEffect(() => () => stopPresenting(), []);
  return { presenting, present };
}
