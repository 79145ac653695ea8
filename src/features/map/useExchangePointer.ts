import { useStoreApi } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { pickExchange, type Exchange } from './exchangePaths';
import { paneEventAt } from './paneEvent';

/** How near (on screen) the pointer must be to a line to pick it, about the old 14 px interaction stroke. */
const PICK_PX = 7;

export interface ExchangePointerHandlers {
  select: (id: string) => void;
  open: (id: string) => void;
  menu: (id: string, at: { x: number; y: number }) => void;
}

/**
 * Clicking, double-clicking and right-clicking the exchanges of the batched layer, which takes no pointer
 * events: the press lands on React Flow's pane and is picked here by geometry, in the capture phase, so a
 * press on an exchange neither pans nor reaches the pane (which would clear the selection). Over an exchange
 * the pointer shows it can be picked.
 */
export function useExchangePointer(exchanges: readonly Exchange[] | null, showText: boolean, handlers: ExchangePointerHandlers): void {
  const store = useStoreApi();
  const latest = useRef(handlers);
  const swallowClick = useRef(false);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    const dom = store.getState().domNode;
    if (!exchanges || exchanges.length === 0 || !dom) return;
    const pick = (event: MouseEvent): string | null => {
      const { at, zoom, onPane } = paneEventAt(dom, store.getState().transform, event);
      return onPane ? pickExchange(exchanges, at, PICK_PX / zoom, showText) : null;
    };
    const onPointerDown = (event: PointerEvent) => {
      swallowClick.current = false;
      if (event.button !== 0) return;
      const id = pick(event);
      if (!id) return;
      swallowClick.current = true;
      event.stopPropagation();
      event.preventDefault();
      latest.current.select(id);
    };
    const onClick = (event: MouseEvent) => {
      if (!swallowClick.current) return;
      swallowClick.current = false;
      event.stopPropagation();
    };
    const onContextMenu = (event: MouseEvent) => {
      const id = pick(event);
      if (!id) return;
      event.stopPropagation();
      event.preventDefault();
      latest.current.menu(id, { x: event.clientX, y: event.clientY });
    };
    const onDoubleClick = (event: MouseEvent) => {
      const id = pick(event);
      if (id) latest.current.open(id);
    };
    const onPointerMove = (event: PointerEvent) => {
      if (event.buttons === 0) dom.classList.toggle('map-exchange-hover', pick(event) !== null);
    };
    dom.addEventListener('pointerdown', onPointerDown, true);
    dom.addEventListener('click', onClick, true);
    dom.addEventListener('contextmenu', onContextMenu, true);
    dom.addEventListener('dblclick', onDoubleClick, true);
    dom.addEventListener('pointermove', onPointerMove);
    return () => {
      dom.removeEventListener('pointerdown', onPointerDown, true);
      dom.removeEventListener('click', onClick, true);
      dom.removeEventListener('contextmenu', onContextMenu, true);
      dom.removeEventListener('dblclick', onDoubleClick, true);
      dom.removeEventListener('pointermove', onPointerMove);
      dom.classList.remove('map-exchange-hover');
    };
  }, [exchanges, showText, store]);
}
