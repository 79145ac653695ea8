import type { AppInfo, BackupEntry, FileFilter, MenuCommand, OpenFileResult, SaveFileResult } from '../../electron/shared/ipc';

export type { BackupEntry, FileFilter, MenuCommand };

/** Snapshots kept by the desktop app's main process. */
export interface PlatformBackups {
  write(workshopId: string, text: string): Promise<BackupEntry>;
  list(workshopId: string): Promise<BackupEntry[]>;
  read(workshopId: string, file: string): Promise<string>;
}

/** Everything the renderer asks of the operating system, desktop or browser alike. */
export interface Platform {
  kind: 'desktop' | 'browser';
  saveFile(suggestedName: string, data: string | Uint8Array, filters: FileFilter[]): Promise<SaveFileResult>;
  openFile(filters: FileFilter[]): Promise<OpenFileResult>;
  appInfo(): Promise<AppInfo>;
  /** Rotating snapshots on the desktop; null in the browser (which offers Download backup instead). */
  backups: PlatformBackups | null;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  onOpenedFile(listener: (file: { name: string; text: string }) => void): () => void;
}
