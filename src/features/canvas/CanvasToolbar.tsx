import { CANVAS_FIELD_LABELS, NOTE_COLORS, TIDY_ORDER_LABELS, TIDY_ORDERS } from '../../domain';
import { tidyCanvasNotes } from '../../state/canvasActions';
import { setNewNoteColor, useCanvasEditing } from '../../state/canvasEditing';
import { setNotesHidden, startVoting, useCanvasRoom } from '../../state/canvasRoom';
import { setLargeText, setTidyOrder, useCanvasView } from '../../state/canvasView';
import { setDialog } from '../../state/dialogs';
import { useHistory } from '../../state/useHistory';
import { redo, undo } from '../../state/workshopStore';
import { MenuButton, type MenuEntry } from '../../ui/Menu';
import { PopoverButton } from '../../ui/Popover';
import { boardCommand } from './boardCommands';
import { ChevronDownIcon, DotIcon, EyeOffIcon, MoreIcon, PresentIcon, RedoIcon, UndoIcon } from './canvasIcons';
import { COLOR_NAMES, ColorSwatches } from './ColorSwatches';
import { LiveSessionButton } from '../live/LiveSessionButton';
import { TimerControl } from './TimerControl';

/** Editing and facilitation controls above the board, in one row; less-used ones sit in the More menu. */
export function CanvasToolbar({ canvasId, onPresent }: { canvasId: string; onPresent: () => void }) {
  const { canUndo, canRedo } = useHistory();
  const color = useCanvasEditing((s) => s.color);
  const notesHidden = useCanvasRoom((s) => s.notesHidden);
  const votingHere = useCanvasRoom((s) => s.voting?.canvasId === canvasId);
  const largeText = useCanvasView((s) => s.largeText);
  const tidyOrder = useCanvasView((s) => s.tidyOrder);
  const activeField = useCanvasEditing((s) => s.activeField);
  const more: MenuEntry[] = [
    { label: 'Tidy field', shortcut: CANVAS_FIELD_LABELS[activeField], onSelect: () => tidyCanvasNotes(canvasId, tidyOrder, [activeField]) },
    { label: 'Tidy canvas', onSelect: () => tidyCanvasNotes(canvasId, tidyOrder) },
    ...TIDY_ORDERS.map((order) => ({ label: `Order: ${TIDY_ORDER_LABELS[order].toLowerCase()}`, checked: tidyOrder === order, onSelect: () => setTidyOrder(order) })),
    'separator',
    { label: 'Large text', checked: largeText, onSelect: () => setLargeText(!largeText) },
    'separator',
    { label: 'Zoom in', shortcut: '+', onSelect: () => boardCommand('zoomBy')?.(1.2) },
    { label: 'Zoom out', shortcut: '−', onSelect: () => boardCommand('zoomBy')?.(1 / 1.2) },
    { label: 'Fit to window', shortcut: '0', onSelect: () => boardCommand('fitToWindow')?.() },
    'separator',
    { label: 'Keyboard shortcuts', shortcut: '?', onSelect: () => setDialog('shortcuts', true) },
  ];
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
      <PopoverButton
        label="Colour for new notes"
        buttonLabel={`Colour for new notes: ${COLOR_NAMES[color]}`}
        className="icon-btn canvas-color-btn"
        panel={(close) => (
          <ColorSwatches
            label="Colour for new notes"
            colors={NOTE_COLORS}
            current={color}
            onPick={(picked) => {
              setNewNoteColor(picked);
              close();
            }}
          />
        )}
      >
        <span className={`swatch-dot note-${color}`} aria-hidden="true" />
        <ChevronDownIcon />
      </PopoverButton>
      <button
        type="button"
        className={`btn btn-sm ${notesHidden ? 'btn-primary' : 'btn-secondary'}`}
        onClick={() => setNotesHidden(!notesHidden)}
        title="Silent brainstorming: cover every note until you reveal them"
      >
        <EyeOffIcon />
        {notesHidden ? 'Reveal notes' : 'Hide notes'}
      </button>
      <TimerControl />
      {!votingHere && (
        <button type="button" className="btn btn-secondary btn-sm" onClick={() => startVoting(canvasId)} title="Dot voting: each participant in turn clicks notes">
          <DotIcon />
          Start voting
        </button>
      )}
      <LiveSessionButton canvasId={canvasId} />
      <MenuButton label="More canvas tools" entries={more}>
        <MoreIcon />
      </MenuButton>
      <button type="button" className="btn btn-primary btn-sm" onClick={onPresent} title="Full screen; arrow keys step through the fields, Escape ends">
        <PresentIcon />
        Present
      </button>
    </div>
  );
}
