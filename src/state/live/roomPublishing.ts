import { CANVAS_FIELDS, latestRound, roundCounts, type WorkshopEntities } from '../../domain';
import { BOARD_DOC } from '../../live/names';
import { publishRoom, readRoom, type BoardRoom, type RoomRound } from '../../live/room';
import { deviceCountdown, roomTimerOf } from '../../live/serverClock';
import { useCanvasRoom } from '../canvasRoom';
import { useCanvasTimer } from '../canvasTimer';
import { useWorkshopStore } from '../workshopStore';
import type { LiveDocs } from './liveDocs';
import { bringEveryoneTo, useLiveSession } from './liveStore';

function roundOf(entities: WorkshopEntities | null, canvasId: string): { round: RoomRound | null; results: Record<string, number> | null } {
  const round = entities ? latestRound(entities, canvasId) : undefined;
  if (!entities || !round) return { round: null, results: null };
  const { id, votesPerPerson, onePerNote, revealed } = round;
  return {
    round: { id, open: round.endedAt === null, votesPerPerson, onePerNote, revealed },
    results: revealed ? Object.fromEntries(roundCounts(entities, id)) : null,
  };
}

/** The room as the facilitator's window has it now. */
function currentRoom(canvasId: string): BoardRoom {
  const { locked, focus } = useLiveSession.getState();
  return { timer: roomTimerOf(useCanvasTimer.getState().countdown), ...roundOf(useWorkshopStore.getState().entities, canvasId), hidden: useCanvasRoom.getState().notesHidden, locked, focus };
}

/**
 * A reloaded window takes the room back from what it left: hidden notes stay hidden (before anything is
 * published, so a reload never reveals them), the running timer, the open voting round.
 */
function resumeRoom(docs: LiveDocs, canvasId: string): void {
  const kept = readRoom(docs.get(BOARD_DOC));
  if (kept.hidden && !useCanvasRoom.getState().notesHidden) useCanvasRoom.setState({ notesHidden: true });
  if (kept.locked) useLiveSession.setState({ locked: true });
  if (kept.timer && useCanvasTimer.getState().countdown.status === 'idle') {
    useCanvasTimer.setState({ countdown: deviceCountdown(kept.timer, 0) });
  }
  const entities = useWorkshopStore.getState().entities;
  const round = entities ? latestRound(entities, canvasId) : undefined;
  if (round && round.endedAt === null && !useCanvasRoom.getState().voting) {
    useCanvasRoom.setState({
      votesPerParticipant: round.votesPerPerson,
      onePerNote: round.onePerNote,
      voting: { canvasId, roundId: round.id, ballot: { perParticipant: round.votesPerPerson, used: 0 }, participant: 1, revealed: round.revealed, mine: {} },
    });
  }
}

/**
 * Keeps the board's room state (the timer, the voting round and, once revealed, its counts) in step with the
 * facilitator's window. The facilitator's app runs on the server's computer, so its clock is the server's.
 */
export function startRoomPublishing(docs: LiveDocs, canvasId: string, onUnlocked: () => void): { stop: () => void } {
  const board = docs.get(BOARD_DOC);
  resumeRoom(docs, canvasId);
  const publish = () => publishRoom(board, currentRoom(canvasId));
  const stops = [
    useCanvasTimer.subscribe((state, prior) => state.countdown !== prior.countdown && publish()),
    useWorkshopStore.subscribe((state, prior) => state.entities !== prior.entities && publish()),
    useCanvasRoom.subscribe((state, prior) => state.notesHidden !== prior.notesHidden && publish()),
    useLiveSession.subscribe((state, prior) => {
      if (state.locked === prior.locked && state.focus === prior.focus) return;
      publish();
      if (prior.locked && !state.locked) onUnlocked();
    }),
    // Presenting a field brings everyone to it.
    useCanvasRoom.subscribe((state, prior) => {
      const field = state.presenting && state.presenting.step > 0 ? CANVAS_FIELDS[state.presenting.step - 1] : undefined;
      if (field && state.presenting?.step !== prior.presenting?.step) bringEveryoneTo(field);
    }),
  ];
  publish();
  return { stop: () => stops.forEach((stop) => stop()) };
}
