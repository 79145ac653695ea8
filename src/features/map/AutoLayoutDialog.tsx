import { plural } from '../../domain';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';

/** Asks before Auto layout moves hand-placed partners back onto their rings (one undo step). */
export function AutoLayoutDialog({ moving, onConfirm, onClose }: { moving: number | null; onConfirm: () => void; onClose: () => void }) {
  const count = moving ?? 0;
  return (
    <Dialog
      title="Auto layout"
      open={moving !== null}
      onClose={onClose}
      width={420}
      footer={
        <>
          <Button variant="ghost" onClick={onClose}>
            Cancel
          </Button>
          <Button variant="primary" autoFocus onClick={onConfirm}>
            Move {plural(count, 'partner', 'partners')}
          </Button>
        </>
      }
    >
      <p className="dialog-text">
        {plural(count, 'partner placed', 'partners placed')} by hand will move back to {count === 1 ? 'its place' : 'their places'} on the rings, by tier and type. Undo takes it back in one step.
      </p>
    </Dialog>
  );
}
