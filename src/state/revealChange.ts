import { canvasesInOrder, diffEntities, type Note, type WorkshopEntities } from '../domain';
import { goToSection, useRoute } from './route';
import { showToast } from './toasts';

/** The canvases an undo or redo step touched: its notes' canvases and any canvas record it changed. */
export function canvasesTouched(before: WorkshopEntities, after: WorkshopEntities): Set<string> {
  const changes = diffEntities(before, after);
  const touched = new Set<string>();
  for (const note of (changes.put.notes ?? []) as Note[]) touched.add(note.canvasId);
  for (const id of changes.remove.notes ?? []) {
    const note = before.notes[id];
    if (note) touched.add(note.canvasId);
  }
  for (const canvas of (changes.put.canvases ?? []) as { id: string }[]) touched.add(canvas.id);
  for (const id of changes.remove.canvases ?? []) touched.add(id);
  return touched;
}

/**
 * History is one line for the whole workshop. When an undo or redo on the canvas screen changes
 * another canvas than the one shown, that canvas is brought into view, so no step happens unseen.
 */
export function revealCanvasChange(before: WorkshopEntities, after: WorkshopEntities, verb: 'Undid' | 'Redid'): void {
  const route = useRoute.getState().route;
  if (route.screen !== 'workshop' || route.section !== 'canvas') return;
  const shown = (route.itemId && after.canvases[route.itemId] ? route.itemId : canvasesInOrder(after)[0]?.id) ?? null;
  const touched = canvasesTouched(before, after);
  if (touched.size !== 1 || (shown && touched.has(shown))) return;
  const [target] = touched;
  const canvas = target ? after.canvases[target] : undefined;
  if (!canvas) return;
  goToSection(route.workshopId, 'canvas', canvas.id);
  showToast({ message: `${verb} a change on the canvas “${canvas.title}”.`, tone: 'info' });
}
