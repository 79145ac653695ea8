import { useEffect, useState } from 'react';
import { listBackups, restoreBackup, type BackupEntry } from '../../state/backups';
import { showToast } from '../../state/toasts';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { timeAgo } from '../../ui/format';

interface Props {
  workshop: { id: string; title: string };
  onClose: () => void;
}

function size(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The desktop app's automatic snapshots of one workshop, newest first, each restorable. */
export function BackupsDialog({ workshop, onClose }: Props) {
  const [entries, setEntries] = useState<BackupEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<BackupEntry | null>(null);

  useEffect(() => {
    listBackups(workshop.id)
      .then(setEntries)
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [workshop.id]);

  const restore = async (entry: BackupEntry) => {
    try {
      await restoreBackup(workshop.id, entry.file);
      onClose();
    } catch (e) {
      showToast({ message: e instanceof Error ? e.message : String(e), tone: 'error' });
    }
  };

  return (
    <Dialog title={`Backups of “${workshop.title}”`} open onClose={onClose} width={560} footer={<Button onClick={onClose}>Close</Button>}>
      {error && <p role="alert">The backups could not be listed: {error}</p>}
      {!error && entries === null && <p role="status">Looking for backups…</p>}
      {entries?.length === 0 && <p>No backups yet. A snapshot is kept automatically a few seconds after each change; the newest 20 are kept.</p>}
      {confirming ? (
        <div className="backup-confirm">
          <p>
            Replace the workshop with the backup from <strong>{new Date(confirming.savedAt).toLocaleString()}</strong>? The current version can be
            brought back with Undo.
          </p>
          <div className="form-actions">
            <Button onClick={() => setConfirming(null)}>Cancel</Button>
            <Button variant="primary" onClick={() => restore(confirming)}>
              Replace with backup
            </Button>
          </div>
        </div>
      ) : (
        entries &&
        entries.length > 0 && (
          <ul className="backup-list" aria-label="Backups">
            {entries.map((entry) => (
              <li key={entry.file}>
                <span>
                  {new Date(entry.savedAt).toLocaleString()} <span className="muted">· {timeAgo(entry.savedAt)} · {size(entry.bytes)}</span>
                </span>
                <Button size="sm" aria-label={`Restore backup from ${new Date(entry.savedAt).toLocaleString()}`} onClick={() => setConfirming(entry)}>
                  Restore
                </Button>
              </li>
            ))}
          </ul>
        )
      )}
    </Dialog>
  );
}
