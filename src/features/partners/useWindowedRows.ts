import { useLayoutEffect, useState, type RefObject, type UIEvent } from 'react';

const OVERSCAN = 8;
/** Below this many rows everything renders; windowing only pays off for long lists. */
export const WINDOW_FROM = 80;

/** The slice of a fixed-height list that is visible in its scroll container (plus a margin). */
export function useWindowedRows(count: number, rowHeight: number, container: RefObject<HTMLElement | null>) {
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(800);
  useLayoutEffect(() => {
    const element = container.current;
    if (!element) return;
    const measure = () => setViewport(element.clientHeight || 800);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [container]);
  const windowed = count > WINDOW_FROM;
  const start = windowed ? Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN) : 0;
  const end = windowed ? Math.min(count, Math.ceil((scrollTop + viewport) / rowHeight) + OVERSCAN) : count;
  return {
    start,
    end,
    padTop: start * rowHeight,
    padBottom: (count - end) * rowHeight,
    onScroll: (event: UIEvent<HTMLElement>) => setScrollTop(event.currentTarget.scrollTop),
  };
}
