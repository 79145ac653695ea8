import { nowIso, parseWorkshopDocument, serializeBackup, serializeWorkshop, type WorkshopBundle } from '../domain';
import { platform, type BackupEntry } from '../platform';
import { storage } from '../storage';
import { showToast } from './toasts';
import { onWorkshopSaved } from './workshopStore';
import { replaceStored } from './workshops';

export type { BackupEntry };

/** A changed workshop is snapshotted this long after its first saved change, so a burst of edits is one backup. */
export const BACKUP_DELAY_MS = 15_000;

const pending = new Map<string, ReturnType<typeof setTimeout>>();

export function backupsAvailable(): boolean {
  return platform().backups !== null;
}

async function snapshot(workshopId: string): Promise<void> {
  const backups = platform().backups;
  const result = await storage().workshops.load(workshopId);
  if (!backups || !result?.ok) return;
  await backups.write(workshopId, serializeWorkshop(result.bundle, nowIso()));
}

/** After each committed save, on the desktop, a rotating snapshot in the app's data folder; called once at start-up. */
export function startAutomaticBackups(): () => void {
  return onWorkshopSaved(noteWorkshopSaved);
}

function noteWorkshopSaved(workshopId: string): void {
  if (!backupsAvailable() || pending.has(workshopId)) return;
  pending.set(
    workshopId,
    setTimeout(() => {
      pending.delete(workshopId);
      snapshot(workshopId).catch((error: unknown) =>
        showToast({ message: `The automatic backup failed: ${error instanceof Error ? error.message : String(error)}`, tone: 'error' }),
      );
    }, BACKUP_DELAY_MS),
  );
}

export async function listBackups(workshopId: string): Promise<BackupEntry[]> {
  return (await platform().backups?.list(workshopId)) ?? [];
}

/** Puts a snapshot back in place of the workshop; the replaced version can be brought back with Undo. */
export async function restoreBackup(workshopId: string, file: string): Promise<void> {
  const backups = platform().backups;
  if (!backups) throw new Error('Backups are kept by the desktop app only.');
  const parsed = parseWorkshopDocument(await backups.read(workshopId, file));
  if (!parsed.ok) throw new Error(`That backup cannot be read: ${parsed.errors.join(' ')}`);
  if (parsed.bundle.workshop.id !== workshopId) throw new Error('That backup belongs to another workshop.');
  const replaced = await replaceStored(parsed.bundle);
  showToast({
    message: `Restored “${parsed.bundle.workshop.title}” as it was on ${new Date(parsed.bundle.workshop.updatedAt).toLocaleString()}.`,
    tone: 'info',
    ...(replaced ? { action: { label: 'Undo', run: () => storage().workshops.save(replaced) } } : {}),
  });
}

/** Every workshop in one file, through a download in the browser or a save dialog on the desktop. */
export async function downloadBackup(): Promise<void> {
  const summaries = await storage().workshops.listSummaries();
  const bundles: WorkshopBundle[] = [];
  for (const summary of summaries) {
    const result = await storage().workshops.load(summary.id);
    if (result?.ok) bundles.push(result.bundle);
  }
  const date = nowIso().slice(0, 10);
  const saved = await platform().saveFile(`Partnerscape-backup-${date}.partnerscape`, serializeBackup(bundles, nowIso()), [
    { name: 'Partnerscape backup', extensions: ['partnerscape'] },
  ]);
  if (saved.saved) showToast({ message: `Backed up ${bundles.length} ${bundles.length === 1 ? 'workshop' : 'workshops'}.`, tone: 'info' });
}
