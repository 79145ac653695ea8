import type { EditingMode } from '../../../state/canvasEditing';
import type { RoomState } from '../../../state/canvasRoom';
import { draggingInput } from './draggingInput';
import { editorInput } from './editorInput';
import { presentingInput } from './presentingInput';
import { votingInput } from './votingInput';
import { writingInput } from './writingInput';
import type { ModeInput } from './types';

/**
 * The modes whose input handling is active on a board, innermost first: the editing mode (a drag, or
 * a note being written), then the room's parts that are on, then the editor underneath them all.
 */
export function activeInputs(editing: EditingMode, room: RoomState, canvasId: string): ModeInput[] {
  const inputs: ModeInput[] = [];
  if (editing.kind === 'dragging') inputs.push(draggingInput);
  if (editing.kind === 'drafting' || editing.kind === 'editing') inputs.push(writingInput);
  if (room.presenting) inputs.push(presentingInput);
  if (room.voting?.canvasId === canvasId) inputs.push(votingInput);
  inputs.push(editorInput);
  return inputs;
}

type Handler = keyof Omit<ModeInput, 'name'>;

/** Offers an event to each active mode in turn until one handles it. */
export function dispatchInput<H extends Handler>(inputs: readonly ModeInput[], handler: H, ...args: Parameters<NonNullable<ModeInput[H]>>): boolean {
  for (const input of inputs) {
    const handle = input[handler] as ((...a: typeof args) => boolean) | undefined;
    if (handle?.(...args)) return true;
  }
  return false;
}
