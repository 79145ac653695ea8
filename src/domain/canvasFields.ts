/** The canvas's fields and note colours, in a module without zod, so the participant app can share them cheaply. */
export const CANVAS_FIELDS = ['desiredAssets', 'valueOffer', 'transferActivity', 'createdValue'] as const;
export type CanvasField = (typeof CANVAS_FIELDS)[number];

export const NOTE_COLORS = ['yellow', 'orange', 'pink', 'blue', 'green', 'purple'] as const;
export type NoteColor = (typeof NOTE_COLORS)[number];
