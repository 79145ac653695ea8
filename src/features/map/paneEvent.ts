import type { MapPoint } from '../../domain';

/** Where a pointer event on React Flow's wrapper is in map units, and whether it landed on the bare pane. */
export function paneEventAt(dom: Element, transform: readonly [number, number, number], event: MouseEvent): { at: MapPoint; zoom: number; onPane: boolean } {
  const [tx, ty, zoom] = transform;
  const rect = dom.getBoundingClientRect();
  const at = { x: (event.clientX - rect.left - tx) / zoom, y: (event.clientY - rect.top - ty) / zoom };
  const onPane = event.target instanceof Element && event.target.classList.contains('react-flow__pane');
  return { at, zoom, onPane };
}
