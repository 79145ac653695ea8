import type { WorkshopEntities } from './bundle';
import { copiesOf, notesOfCanvas, withNotes } from './canvasNotes';
import { newId, nowIso } from './ids';
import type { Outcome } from './recipe';
import { deleteWithDependents } from './references';
import { LIMITS, type Canvas, type Note } from './records';

export const DEFAULT_CANVAS_TITLE = 'Partnership Canvas';

/** Canvases in the order they were made; the first is where the canvas section opens. */
export function canvasesInOrder(entities: Pick<WorkshopEntities, 'canvases'>): Canvas[] {
  return Object.values(entities.canvases).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.title.localeCompare(b.title));
}

export function cleanCanvasTitle(title: string): string {
  return title.replace(/\s+/gu, ' ').trim().slice(0, LIMITS.shortText);
}

export function createCanvas(workshopId: string, input: { title: string; partnerId: string | null }, at: string = nowIso()): Canvas {
  return { id: newId(), createdAt: at, updatedAt: at, rev: 0, workshopId, title: cleanCanvasTitle(input.title) || DEFAULT_CANVAS_TITLE, partnerId: input.partnerId };
}

export function addCanvas(entities: WorkshopEntities, canvas: Canvas, notes: readonly Note[] = []): WorkshopEntities {
  return withNotes({ ...entities, canvases: { ...entities.canvases, [canvas.id]: canvas } }, notes);
}

export function renameCanvas(entities: WorkshopEntities, id: string, title: string, at: string = nowIso()): WorkshopEntities {
  const canvas = entities.canvases[id];
  const clean = cleanCanvasTitle(title);
  if (!canvas || !clean || clean === canvas.title) return entities;
  return { ...entities, canvases: { ...entities.canvases, [id]: { ...canvas, title: clean, updatedAt: at } } };
}

/** "Helix" → "Helix v2", "Helix v2" → "Helix v3", skipping titles already taken. */
export function nextVersionTitle(title: string, taken: readonly string[]): string {
  const match = /^(.*?)\s+v(\d+)$/u.exec(title);
  const base = match ? (match[1] ?? title) : title;
  let version = match ? Number(match[2]) + 1 : 2;
  const used = new Set(taken);
  while (used.has(`${base} v${version}`)) version++;
  return `${base} v${version}`.slice(0, LIMITS.shortText);
}

/** A new version of a canvas: same partner, copies of every note (votes included) in the same places. */
export function duplicateCanvas(entities: WorkshopEntities, id: string, at: string = nowIso()): Outcome<Canvas | null> {
  const source = entities.canvases[id];
  if (!source) return { entities, result: null };
  const title = nextVersionTitle(
    source.title,
    Object.values(entities.canvases).map((c) => c.title),
  );
  const canvas: Canvas = { ...source, id: newId(), title, createdAt: at, updatedAt: at };
  const notes = copiesOf(notesOfCanvas(entities, id), canvas.id, 0, at).map((copy, i) => {
    const original = notesOfCanvas(entities, id)[i];
    return original ? { ...copy, votes: original.votes, order: original.order } : copy;
  });
  return { entities: addCanvas(entities, canvas, notes), result: canvas };
}

export interface RemovedCanvas {
  canvas: Canvas;
  notes: Note[];
}

/** Deletes a canvas with its notes (the record-kinds table cascades them) and says what it removed. */
export function deleteCanvas(entities: WorkshopEntities, id: string): Outcome<RemovedCanvas | null> {
  const canvas = entities.canvases[id];
  if (!canvas) return { entities, result: null };
  return { entities: deleteWithDependents(entities, 'canvases', [id]), result: { canvas, notes: notesOfCanvas(entities, id) } };
}

/** A new canvas for one partner, titled after it. */
export function addPartnerCanvas(entities: WorkshopEntities, partnerId: string, at: string = nowIso()): Outcome<string | null> {
  const partner = entities.partners[partnerId];
  if (!partner) return { entities, result: null };
  const canvas = createCanvas(entities.workshop.id, { title: `${partner.name} partnership`, partnerId }, at);
  return { entities: addCanvas(entities, canvas), result: canvas.id };
}
