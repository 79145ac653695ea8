import type { ModeInput } from './types';

/** A drag in progress: no key or click acts on notes that are moving (a Delete or N waits for the drop). */
export const draggingInput: ModeInput = {
  name: 'dragging',
  key: () => true,
  noteClick: () => true,
  noteDoubleClick: () => true,
  paneDoubleClick: () => true,
};
