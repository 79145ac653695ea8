import type * as Y from 'yjs';
import { readBoard, type BoardNote } from './board';

/**
 * Silent brainstorming on the shared board: while the facilitator has notes hidden, the board keeps the notes
 * it showed when they were hidden (notes deleted since go), and nothing new is added to it. A note written
 * meanwhile stays in its author's own document and the facilitator's app, so its text reaches no other device,
 * not their page, their Yjs documents or their storage, until `Reveal notes` publishes everything at once.
 */
export function boardWhileHidden(doc: Y.Doc, canvas: ReadonlyMap<string, BoardNote>): Map<string, BoardNote> {
  const shown = new Map<string, BoardNote>();
  for (const { id } of readBoard(doc).notes) {
    const note = canvas.get(id);
    if (note) shown.set(id, note);
  }
  return shown;
}
