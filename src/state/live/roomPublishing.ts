import { BOARD_DOC } from '../../live/names';
import { publishRoom, readRoom, type BoardRoom } from '../../live/room';
import { deviceCountdown, roomTimerOf } from '../../live/serverClock';
import { useCanvasTimer } from '../canvasTimer';
import type { LiveDocs } from './liveDocs';

/** The room as the facilitator's window has it now. */
function currentRoom(): BoardRoom {
  return { timer: roomTimerOf(useCanvasTimer.getState().countdown) };
}

/**
 * Keeps the board's room state (the timer, …) in step with the facilitator's window. The facilitator's app runs
 * on the server's computer, so its clock is the server's. A reloaded window picks a running timer back up from
 * the board first, so the room's clock carries on instead of vanishing from every phone.
 */
export function startRoomPublishing(docs: LiveDocs): { stop: () => void } {
  const board = docs.get(BOARD_DOC);
  const kept = readRoom(board);
  if (kept.timer && useCanvasTimer.getState().countdown.status === 'idle') {
    useCanvasTimer.setState({ countdown: deviceCountdown(kept.timer, 0) });
  }
  const publish = () => publishRoom(board, currentRoom());
  const unsubscribe = useCanvasTimer.subscribe((state, prior) => {
    if (state.countdown !== prior.countdown) publish();
  });
  publish();
  return { stop: unsubscribe };
}
