import type { WorkshopBundle } from '../domain/bundle';
import type { Canvas } from '../domain/records';

/** Canvases in the order they were created, as the canvas list shows them. */
export function sortedCanvasesOf(bundle: WorkshopBundle): Canvas[] {
  return [...bundle.canvases].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.title.localeCompare(b.title) || (a.id < b.id ? -1 : 1));
}
