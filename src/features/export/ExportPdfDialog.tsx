import { setDialog, useDialogs } from '../../state/dialogs';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';

export function ExportPdfDialog() {
  const open = useDialogs((s) => s.exportPdf);
  const close = () => setDialog('exportPdf', false);
  return (
    <Dialog title="Export PDF" open={open} onClose={close} footer={<Button onClick={close}>Close</Button>}>
      <p>PDF export is not in this version yet. Use Export on the home screen to save the whole workshop as a .partnerscape file in the meantime.</p>
    </Dialog>
  );
}
