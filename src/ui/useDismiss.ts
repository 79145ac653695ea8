import { useEffect, useRef, type RefObject } from 'react';

/** Calls `dismiss` on a press outside `panel` (and outside its `owner`), when the window loses focus or changes size. */
export function useDismiss(panel: RefObject<HTMLElement | null>, owner: RefObject<HTMLElement | null> | undefined, dismiss: () => void): void {
  const latest = useRef(dismiss);
  latest.current = dismiss;
  useEffect(() => {
    const outside = (event: PointerEvent) => {
      const target = event.target as Node;
      if (panel.current?.contains(target) || owner?.current?.contains(target)) return;
      latest.current();
    };
    const away = () => latest.current();
    document.addEventListener('pointerdown', outside, true);
    window.addEventListener('blur', away);
    window.addEventListener('resize', away);
    return () => {
      document.removeEventListener('pointerdown', outside, true);
      window.removeEventListener('blur', away);
      window.removeEventListener('resize', away);
    };
  }, [panel, owner]);
}
