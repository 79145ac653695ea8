import { notesOfCanvas, type Note } from '../../domain';
import { boardNotesOf, publishBoard, type BoardSession } from '../../live/board';
import { BOARD_DOC } from '../../live/names';
import { boardWhileHidden } from '../../live/privateMode';
import { useCanvasRoom } from '../canvasRoom';
import { useWorkshopStore } from '../workshopStore';
import type { LiveDocs } from './liveDocs';

interface PublishContext {
  docs: LiveDocs;
  canvasId: string;
  session: () => Omit<BoardSession, 'title'>;
  /** A participant's note left the canvas (the facilitator deleted it): their inbox should say so. */
  onParticipantNoteGone: (participantId: string) => void;
}

const participantsOf = (notes: readonly Note[]) => new Set(notes.flatMap((n) => (n.live ? [n.live.participant] : [])));

/**
 * Keeps the shared board in step with the session's canvas: every change on the facilitator's canvas (theirs,
 * a participant's, another window's) is published, in one Yjs transaction, a moment after it happens.
 */
export function startPublishing(context: PublishContext): { publish: () => void; stop: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let previous: readonly Note[] = [];

  const publish = () => {
    clearTimeout(timer);
    timer = undefined;
    const entities = useWorkshopStore.getState().entities;
    const canvas = entities?.canvases[context.canvasId];
    if (!entities || !canvas) return;
    const notes = notesOfCanvas(entities, context.canvasId);
    const session = context.session();
    const board = context.docs.get(BOARD_DOC);
    const shown = boardNotesOf(notes, session.named);
    publishBoard(board, { ...session, title: canvas.title }, useCanvasRoom.getState().notesHidden ? boardWhileHidden(board, shown) : shown);
    const now = new Set(notes.map((n) => n.id));
    const gone = previous.filter((n) => n.live && !now.has(n.id));
    previous = notes;
    for (const participantId of participantsOf(gone)) context.onParticipantNoteGone(participantId);
  };

  const unsubscribe = useWorkshopStore.subscribe((state, prior) => {
    if (state.entities !== prior.entities && timer === undefined) timer = setTimeout(publish, 30);
  });
  // Reveal notes publishes every note at once; Hide notes freezes the board as it is.
  const unsubscribeRoom = useCanvasRoom.subscribe((state, prior) => state.notesHidden !== prior.notesHidden && publish());
  publish();
  return {
    publish,
    stop: () => {
      clearTimeout(timer);
      unsubscribe();
      unsubscribeRoom();
    },
  };
}
