import { ecosystemToJsonCanvas, serializeJsonCanvas, toEntities, type WorkshopEntities } from '../domain';
import { platform } from '../platform';
import { storage } from '../storage';
import { showToast } from './toasts';
import { useWorkshopStore } from './workshopStore';
import { fileNameFor } from './workshops';

export const JSON_CANVAS_FILTERS = [{ name: 'JSON Canvas (Obsidian and others)', extensions: ['canvas'] }];

async function entitiesOf(workshopId: string): Promise<WorkshopEntities> {
  const open = useWorkshopStore.getState().entities;
  if (open?.workshop.id === workshopId) return open;
  const result = await storage().workshops.load(workshopId);
  if (!result) throw new Error('That workshop no longer exists.');
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return toEntities(result.bundle);
}

/** Saves the workshop's ecosystem map as a `.canvas` file (JSON Canvas 1.0): `<workshop>-map-<date>.canvas`. */
export async function exportJsonCanvas(workshopId: string): Promise<void> {
  try {
    const entities = await entitiesOf(workshopId);
    const text = serializeJsonCanvas(ecosystemToJsonCanvas(entities));
    const result = await platform().saveFile(fileNameFor(entities.workshop.title, 'map', 'canvas'), text, JSON_CANVAS_FILTERS);
    if (result.saved) showToast({ message: `Exported the ecosystem map of “${entities.workshop.title}” as JSON Canvas.`, tone: 'info' });
  } catch (error) {
    showToast({ message: `The map could not be exported: ${error instanceof Error ? error.message : String(error)}`, tone: 'error' });
  }
}
