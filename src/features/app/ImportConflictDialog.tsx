import { askAboutConflict, useImportConflict } from '../../state/importConflict';
import { importAsNew, replaceWithImported } from '../../state/workshops';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { reportImport } from './useImportWorkshop';

export function ImportConflictDialog() {
  const conflict = useImportConflict((s) => s.conflict);
  const close = () => askAboutConflict(null);
  const choose = async (how: 'new' | 'replace') => {
    if (!conflict) return;
    close();
    reportImport(how === 'new' ? await importAsNew([conflict.bundle]) : await replaceWithImported(conflict.bundle));
  };
  return (
    <Dialog
      title="This workshop is already here"
      open={Boolean(conflict)}
      onClose={close}
      width={540}
      footer={
        <>
          <Button onClick={close}>Cancel</Button>
          <Button onClick={() => choose('replace')}>Replace existing</Button>
          <Button variant="primary" onClick={() => choose('new')}>
            Import as new workshop
          </Button>
        </>
      }
    >
      {conflict && (
        <p>
          The file holds “{conflict.bundle.workshop.title}”, which is already stored as “{conflict.existingTitle}” (last edited{' '}
          {new Date(conflict.existingUpdatedAt).toLocaleString()}). Import it as a separate new workshop, or replace the stored one with the
          file’s version? Replacing can be undone.
        </p>
      )}
    </Dialog>
  );
}
