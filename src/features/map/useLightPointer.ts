import { useStoreApi } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import type { MapPoint } from '../../domain';
import { LIGHT_SHAPE } from './mapLevels';
import type { PointIndex } from './lightPaths';
import { paneEventAt } from './paneEvent';

/** How near (on screen) the pointer must be to a light partner to pick it: the shape, or a 5 px dot's surroundings. */
const PICK_PX = 6;
/** A press moves this far before it is a drag. */
const DRAG_PX = 4;

export interface LightPointerHandlers {
  select: (id: string) => void;
  open: (id: string) => void;
  menu: (id: string, at: { x: number; y: number }) => void;
  hover: (hit: { id: string; x: number; y: number } | null) => void;
  /** The partner under a drag is at `at` (map units); null when the drag ends. */
  move: (id: string, at: MapPoint) => void;
  drop: (id: string, at: MapPoint) => void;
}

/**
 * Picking, hovering, dragging and right-clicking partners drawn on the light layer. The listeners sit on
 * React Flow's wrapper in the capture phase: a press on a partner never reaches the pane, so it never pans.
 */
export function useLightPointer(enabled: boolean, index: PointIndex | null, handlers: LightPointerHandlers): void {
  const store = useStoreApi();
  const latest = useRef(handlers);
  // The click that follows a press on a partner must not reach the pane, which would clear the selection.
  // Kept across re-subscriptions: selecting re-renders the layer between the press and the click.
  const swallowClick = useRef(false);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    const dom = store.getState().domNode;
    if (!enabled || !index || !dom) return;
    const toMap = (event: MouseEvent): { at: MapPoint; id: string | null } => {
      const { at, zoom, onPane } = paneEventAt(dom, store.getState().transform, event);
      return { at, id: onPane ? index.nearest(at, Math.max(LIGHT_SHAPE / 2, PICK_PX / zoom)) : null };
    };

    const onClick = (event: MouseEvent) => {
      if (!swallowClick.current) return;
      swallowClick.current = false;
      event.stopPropagation();
    };
    const onPointerDown = (event: PointerEvent) => {
      swallowClick.current = false;
      if (event.button !== 0) return;
      const { id, at: start } = toMap(event);
      if (!id) return;
      swallowClick.current = true;
      event.stopPropagation();
      event.preventDefault();
      latest.current.hover(null);
      latest.current.select(id);
      const origin = { x: event.clientX, y: event.clientY };
      let dragging = false;
      const [, , zoom] = store.getState().transform;
      const position = (e: PointerEvent) => ({ x: start.x + (e.clientX - origin.x) / zoom, y: start.y + (e.clientY - origin.y) / zoom });
      const onMove = (e: PointerEvent) => {
        if (!dragging && Math.hypot(e.clientX - origin.x, e.clientY - origin.y) < DRAG_PX) return;
        dragging = true;
        latest.current.move(id, position(e));
      };
      const onUp = (e: PointerEvent) => {
        window.removeEventListener('pointermove', onMove);
        window.removeEventListener('pointerup', onUp);
        if (dragging) latest.current.drop(id, position(e));
      };
      window.addEventListener('pointermove', onMove);
      window.addEventListener('pointerup', onUp);
    };
    const onPointerMove = (event: PointerEvent) => {
      if (event.buttons !== 0) return;
      const { id } = toMap(event);
      const rect = dom.getBoundingClientRect();
      latest.current.hover(id ? { id, x: event.clientX - rect.left, y: event.clientY - rect.top } : null);
    };
    const onContextMenu = (event: MouseEvent) => {
      const { id } = toMap(event);
      if (!id) return;
      event.stopPropagation();
      event.preventDefault();
      latest.current.menu(id, { x: event.clientX, y: event.clientY });
    };
    const onDoubleClick = (event: MouseEvent) => {
      const { id } = toMap(event);
      if (id) latest.current.open(id);
    };
    const onLeave = () => latest.current.hover(null);
    dom.addEventListener('pointerdown', onPointerDown, true);
    dom.addEventListener('pointermove', onPointerMove);
    dom.addEventListener('pointerleave', onLeave);
    dom.addEventListener('contextmenu', onContextMenu, true);
    dom.addEventListener('dblclick', onDoubleClick, true);
    dom.addEventListener('click', onClick, true);
    return () => {
      dom.removeEventListener('click', onClick, true);
      dom.removeEventListener('pointerdown', onPointerDown, true);
      dom.removeEventListener('pointermove', onPointerMove);
      dom.removeEventListener('pointerleave', onLeave);
      dom.removeEventListener('contextmenu', onContextMenu, true);
      dom.removeEventListener('dblclick', onDoubleClick, true);
      latest.current.hover(null);
    };
  }, [enabled, index, store]);
}
