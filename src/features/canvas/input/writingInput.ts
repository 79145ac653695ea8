import { cancelDraft, cancelEdit } from '../../../state/canvasEditing';
import type { ModeInput } from './types';

/**
 * Drafting or editing a note. Its editor handles its own keys (Enter saves, Escape cancels, leaving
 * it saves); this covers focus having moved elsewhere meanwhile: Escape still cancels the note.
 */
export const writingInput: ModeInput = {
  name: 'writing',
  key(event) {
    if (event.key !== 'Escape') return false;
    cancelDraft();
    cancelEdit();
    return true;
  },
};
