import { useCanvasRoom } from './canvasRoom';

/** What the toast after deleting notes says; no note text while notes are hidden. */
export function deletedNotesMessage(texts: readonly string[]): string {
  const [only] = texts;
  if (texts.length !== 1) return `Deleted ${texts.length} notes.`;
  const short = only && only.length > 40 ? `${only.slice(0, 39).trimEnd()}…` : only;
  return useCanvasRoom.getState().notesHidden || !short ? 'Deleted a note.' : `Deleted the note “${short}”.`;
}
