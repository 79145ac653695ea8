import { NOTE_COLORS } from '../../domain';
import { deleteCanvasNotes, recolorCanvasNotes } from '../../state/canvasActions';
import { copyNotes, duplicateNotes } from '../../state/canvasEditing';
import { ColorSwatches } from './ColorSwatches';

/** Acts on every selected note at once: colour, copy, duplicate, delete. */
export function SelectionBar({ ids }: { ids: string[] }) {
  return (
    <div className="canvas-selection" role="toolbar" aria-label="Selected notes">
      <span className="canvas-selection-count">
        {ids.length} {ids.length === 1 ? 'note' : 'notes'} selected
      </span>
      <ColorSwatches label="Colour of selected notes" colors={NOTE_COLORS} onPick={(color) => recolorCanvasNotes(ids, color)} />
      <button type="button" className="btn btn-ghost btn-sm" onClick={() => copyNotes(ids)} title="Ctrl+C">
        Copy
      </button>
      <button type="button" className="btn btn-ghost btn-sm" onClick={() => duplicateNotes(ids)} title="Ctrl+D">
        Duplicate
      </button>
      <button type="button" className="btn btn-ghost btn-sm canvas-danger" onClick={() => deleteCanvasNotes(ids)} title="Delete">
        Delete
      </button>
    </div>
  );
}
