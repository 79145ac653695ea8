import { CANVAS_FIELD_LABELS } from '../../domain';
import { useCanvasEditing } from '../../state/canvasEditing';
import { bringEveryoneTo, setBoardLocked, useLiveSession } from '../../state/live/liveStore';

/** The room's attention: everyone's device to the field in focus here, and the board locked while the group talks. */
export function RoomControls() {
  const locked = useLiveSession((s) => s.locked);
  const focus = useLiveSession((s) => s.focus);
  const field = useCanvasEditing((s) => s.activeField);
  return (
    <section className="live-room" aria-label="Room">
      <div className="live-room-row">
        <button type="button" className="btn btn-secondary btn-sm" onClick={() => bringEveryoneTo(field)} title={`Participants' devices scroll to ${CANVAS_FIELD_LABELS[field]}`}>
          Bring everyone here
        </button>
        <span className="live-muted">{focus ? `Everyone is at ${CANVAS_FIELD_LABELS[focus.field]}` : `To ${CANVAS_FIELD_LABELS[field]}`}</span>
      </div>
      <div className="live-room-row">
        <button type="button" className={`btn btn-sm ${locked ? 'btn-primary' : 'btn-secondary'}`} aria-pressed={locked} onClick={() => setBoardLocked(!locked)}>
          {locked ? 'Unlock board' : 'Lock board'}
        </button>
        <span className="live-muted">{locked ? 'Participants can’t add or change notes; their drafts are kept.' : 'Stops new notes while the group discusses.'}</span>
      </div>
    </section>
  );
}
