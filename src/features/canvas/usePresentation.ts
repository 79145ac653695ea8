import { useCallback, useEffect, type RefObject } from 'react';
import { CANVAS_FIELDS } from '../../domain';
import { setPresentStep, useFacilitation } from '../../state/canvasFacilitation';

export const PRESENT_STEPS = 1 + CANVAS_FIELDS.length;

/** Starts and ends presenting; full screen where the platform allows it, a window-filling view where it doesn't. */
export function usePresentControls(screen: RefObject<HTMLElement | null>) {
  const present = useCallback(() => {
    setPresentStep(0);
    const el = screen.current;
    if (el?.requestFullscreen && document.fullscreenEnabled) el.requestFullscreen().catch(() => {});
  }, [screen]);
  const exit = useCallback(() => {
    setPresentStep(null);
    if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
  }, []);
  const step = useCallback((delta: number) => {
    const current = useFacilitation.getState().presentStep;
    if (current !== null) setPresentStep(Math.min(PRESENT_STEPS - 1, Math.max(0, current + delta)));
  }, []);
  return { present, exit, step };
}

/** Arrow keys step through whole canvas → each field; Escape (or leaving full screen) ends. */
export function usePresentationKeys(active: boolean, exit: () => void, step: (delta: number) => void) {
  useEffect(() => {
    if (!active) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (['ArrowRight', 'ArrowDown', 'PageDown', ' '].includes(event.key)) step(1);
      else if (['ArrowLeft', 'ArrowUp', 'PageUp'].includes(event.key)) step(-1);
      else if (event.key === 'Escape') exit();
      else return;
      event.preventDefault();
    };
    const onFullscreen = () => {
      if (!document.fullscreenElement) exit();
    };
    window.addEventListener('keydown', onKey);
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFullscreen);
    };
  }, [active, exit, step]);
}
