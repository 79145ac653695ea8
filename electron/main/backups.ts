import { mkdir, open, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { BackupEntry } from '../shared/ipc';

export const BACKUPS_KEPT = 20;
const WORKSHOP_ID = /^[A-Za-z0-9_-]{1,64}$/;
const BACKUP_FILE = /^(\d{8}T\d{9}Z)(-\d+)?\.partnerscape$/;

export class InvalidBackupNameError extends Error {
  override name = 'InvalidBackupNameError';
}

function stampOf(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

function savedAtOf(file: string): string {
  const stamp = BACKUP_FILE.exec(file)?.[1] ?? '';
  const [, y, mo, d, h, mi, s, ms] = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(stamp) ?? [];
  return `${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`;
}

async function syncPath(path: string, flags: string): Promise<void> {
  const handle = await open(path, flags);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Snapshots of each workshop in `<root>/<workshopId>/`: written atomically, the newest 20 kept. */
export class BackupStore {
  constructor(private readonly root: string) {}

  private dir(workshopId: string): string {
    if (!WORKSHOP_ID.test(workshopId)) throw new InvalidBackupNameError('Invalid workshop id');
    return join(this.root, workshopId);
  }

  async write(workshopId: string, text: string, now: Date = new Date()): Promise<BackupEntry> {
    const dir = this.dir(workshopId);
    await mkdir(dir, { recursive: true });
    const existing = new Set(await readdir(dir));
    let file = `${stampOf(now)}.partnerscape`;
    for (let n = 1; existing.has(file); n++) file = `${stampOf(now)}-${n}.partnerscape`;
    const temp = join(dir, `.${file}.tmp`);
    const handle = await open(temp, 'w');
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, join(dir, file));
    await syncPath(dir, 'r').catch(() => undefined);
    await this.prune(workshopId);
    return { file, savedAt: savedAtOf(file), bytes: Buffer.byteLength(text, 'utf8') };
  }

  async list(workshopId: string): Promise<BackupEntry[]> {
    const dir = this.dir(workshopId);
    const files = await readdir(dir).catch(() => [] as string[]);
    const backups = files.filter((f) => BACKUP_FILE.test(f)).sort().reverse();
    return Promise.all(backups.map(async (file) => ({ file, savedAt: savedAtOf(file), bytes: (await stat(join(dir, file))).size })));
  }

  async read(workshopId: string, file: string): Promise<string> {
    if (!BACKUP_FILE.test(file)) throw new InvalidBackupNameError('Invalid backup file name');
    return readFile(join(this.dir(workshopId), file), 'utf8');
  }

  private async prune(workshopId: string): Promise<void> {
    const entries = await this.list(workshopId);
    await Promise.all(entries.slice(BACKUPS_KEPT).map((entry) => unlink(join(this.dir(workshopId), entry.file))));
  }
}
