import type { WorkshopBundle } from '../../../src/domain/bundle';
import { createExampleWorkshop } from '../../../src/domain/example';
import { CANVAS_FIELDS, type CanvasField, type Note, type NoteColor } from '../../../src/domain/records';
import type { ExportOptions } from '../../../src/pdf/options';
import type { LaidOutPage, Primitive } from '../../../src/pdf/primitives';

export const AT = '2026-11-25T10:00:00.000Z';

export function options(what: ExportOptions['what'], extra: Partial<ExportOptions> = {}): ExportOptions {
  return { what, canvasId: null, format: 'a4', orientation: 'landscape', showVotes: true, showAuthors: true, showScores: true, date: '2026-11-25', ...extra };
}

/** The example workshop with `count` extra notes of `text` in one field of its first canvas. */
export function withNotes(count: number, text: (i: number) => string, field: CanvasField = 'desiredAssets'): WorkshopBundle {
  const bundle = createExampleWorkshop(AT);
  const canvas = bundle.canvases[0];
  if (!canvas) throw new Error('the example has canvases');
  const colors: NoteColor[] = ['yellow', 'orange', 'pink', 'blue', 'green', 'purple'];
  const extra: Note[] = Array.from({ length: count }, (_, i) => ({
    id: `extra-${i}`,
    workshopId: bundle.workshop.id,
    canvasId: canvas.id,
    field,
    text: text(i),
    color: colors[i % colors.length] ?? 'yellow',
    votes: i % 4,
    x: 0,
    y: 0,
    order: 100 + i,
    createdAt: AT,
    updatedAt: AT,
    rev: 0,
  }));
  return { ...bundle, notes: [...bundle.notes, ...extra] };
}

export type Rect = Extract<Primitive, { kind: 'rect' }>;

export function rectsTagged(page: LaidOutPage, tag: string): Rect[] {
  return page.items.filter((i): i is Rect => i.kind === 'rect' && i.tag === tag);
}

export function texts(page: LaidOutPage): string {
  return page.items.map((i) => (i.kind === 'text' ? i.text : '')).join(' ');
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w - 0.01 && b.x < a.x + a.w - 0.01 && a.y < b.y + b.h - 0.01 && b.y < a.y + a.h - 0.01;
}

export { CANVAS_FIELDS };
