import { useEffect, useRef } from 'react';
import { useCanvasEditing } from '../../../state/canvasEditing';
import { useCanvasRoom } from '../../../state/canvasRoom';
import { isTextEntry } from '../../../ui/keyboard';
import { activeInputs, dispatchInput } from './boardInput';
import type { BoardContext, ModeInput } from './types';

type Pointer = 'noteClick' | 'noteDoubleClick' | 'paneDoubleClick';
/** A pointer handler's arguments without the board context, which the hook supplies. */
type Args<H extends Pointer> = Parameters<NonNullable<ModeInput[H]>> extends [...infer Head, BoardContext] ? Head : never;

/** The board's input: one keyboard listener and the pointer handlers, each routed through the active modes. */
export function useBoardInput(ctx: BoardContext) {
  const latest = useRef(ctx);
  latest.current = ctx;

  useEffect(() => {
    const inputs = () => activeInputs(useCanvasEditing.getState().mode, useCanvasRoom.getState(), latest.current.canvasId);
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || isTextEntry(event.target)) return;
      if (document.querySelector('dialog[open], [role="menu"], .popover')) return;
      if (!dispatchInput(inputs(), 'key', event, latest.current)) return;
      event.preventDefault();
      // Handled here: React Flow's own arrow-key move (a few pixels, blind to other notes) must not follow.
      event.stopPropagation();
    };
    // Capture: the board's modes have the first say on keys that are not typing.
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);

  const inputs = () => activeInputs(useCanvasEditing.getState().mode, useCanvasRoom.getState(), latest.current.canvasId);
  return {
    fieldAt: (event: { clientX: number; clientY: number }) => latest.current.fieldAt({ x: event.clientX, y: event.clientY }),
    onNoteClick: (...args: Args<'noteClick'>) => dispatchInput(inputs(), 'noteClick', ...args, latest.current),
    onNoteDoubleClick: (...args: Args<'noteDoubleClick'>) => dispatchInput(inputs(), 'noteDoubleClick', ...args, latest.current),
    onPaneDoubleClick: (...args: Args<'paneDoubleClick'>) => dispatchInput(inputs(), 'paneDoubleClick', ...args, latest.current),
  };
}
