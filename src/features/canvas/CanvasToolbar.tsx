import { NOTE_COLORS } from '../../domain';
import { setNewNoteColor, useCanvasEditing } from '../../state/canvasEditing';
import { setNotesHidden, startVoting, useFacilitation } from '../../state/canvasFacilitation';
import { useHistory } from '../../state/useHistory';
import { redo, undo } from '../../state/workshopStore';
import { DotIcon, EyeOffIcon, PresentIcon, RedoIcon, UndoIcon } from './canvasIcons';
import { ColorSwatches } from './ColorSwatches';
import { TimerControl } from './TimerControl';

/** Editing and facilitation controls above the board. */
export function CanvasToolbar({ canvasId, onPresent }: { canvasId: string; onPresent: () => void }) {
  const { canUndo, canRedo } = useHistory();
  const color = useCanvasEditing((s) => s.color);
  const notesHidden = useFacilitation((s) => s.notesHidden);
  const votingHere = useFacilitation((s) => s.voting?.canvasId === canvasId);
  return (
    <div className="canvas-toolbar" role="toolbar" aria-label="Canvas tools">
      <div className="canvas-tool-group">
        <button type="button" className="icon-btn" onClick={undo} disabled={!canUndo} aria-label="Undo" title="Undo (Ctrl+Z)">
          <UndoIcon />
        </button>
        <button type="button" className="icon-btn" onClick={redo} disabled={!canRedo} aria-label="Redo" title="Redo (Ctrl+Shift+Z)">
          <RedoIcon />
        </button>
      </div>
      <ColorSwatches label="Colour for new notes" colors={NOTE_COLORS} current={color} onPick={setNewNoteColor} />
      <button
        type="button"
        className={`btn btn-sm ${notesHidden ? 'btn-primary' : 'btn-secondary'}`}
        onClick={() => setNotesHidden(!notesHidden)}
        title="Silent brainstorming: blur every note until you reveal them"
      >
        <EyeOffIcon />
        {notesHidden ? 'Reveal notes' : 'Hide notes'}
      </button>
      <TimerControl />
      {!votingHere && (
        <button type="button" className="btn btn-secondary btn-sm" onClick={() => startVoting(canvasId)}>
          <DotIcon />
          Start voting
        </button>
      )}
      <button type="button" className="btn btn-primary btn-sm" onClick={onPresent} title="Full screen; arrow keys step through the fields, Escape ends">
        <PresentIcon />
        Present
      </button>
    </div>
  );
}
