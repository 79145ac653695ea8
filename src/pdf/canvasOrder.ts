import type { WorkshopBundle } from '../domain/bundle';
import { canvasesInOrder } from '../domain/canvasRecords';
import type { Canvas } from '../domain/records';

/** Canvases in the order the canvas picker shows them. */
export function sortedCanvasesOf(bundle: WorkshopBundle): Canvas[] {
  return canvasesInOrder({ canvases: Object.fromEntries(bundle.canvases.map((c) => [c.id, c])) });
}
