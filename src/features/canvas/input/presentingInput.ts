import { stepPresenting, stopPresenting } from '../../../state/canvasRoom';
import type { ModeInput } from './types';

const FORWARD = ['ArrowRight', 'ArrowDown', 'PageDown', ' '];
const BACK = ['ArrowLeft', 'ArrowUp', 'PageUp'];

/** Presenting: arrow keys, space and a clicker's page keys step through whole canvas → each field; Escape ends. */
export const presentingInput: ModeInput = {
  name: 'presenting',
  key(event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return false;
    if (FORWARD.includes(event.key)) stepPresenting(1);
    else if (BACK.includes(event.key)) stepPresenting(-1);
    else if (event.key === 'Escape') stopPresenting();
    else return false;
    return true;
  },
};
