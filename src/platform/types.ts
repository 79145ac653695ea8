import type { AppInfo, BackupEntry, FileFilter, MenuCommand, OpenFileResult, SaveFileResult } from '../../electron/shared/ipc';
import type { LiveStartRequest, LiveStartResult, LiveStatus } from '../../electron/shared/live';

export type { BackupEntry, FileFilter, LiveStartRequest, LiveStartResult, LiveStatus, MenuCommand };

/** Snapshots kept by the desktop app's main process. */
export interface PlatformBackups {
  write(workshopId: string, text: string): Promise<BackupEntry>;
  list(workshopId: string): Promise<BackupEntry[]>;
  read(workshopId: string, file: string): Promise<string>;
}

/** The live session server: a utilityProcess on the desktop, the `npm run web` server's plugin in a browser. */
export interface PlatformLive {
  start(request: LiveStartRequest): Promise<LiveStartResult>;
  stop(): Promise<void>;
  status(): Promise<LiveStatus>;
}

/** Live sessions need a server beside the app; a plain static copy of the web build has none. */
export class LiveUnavailableError extends Error {
  override name = 'LiveUnavailableError';
}

/** Everything the renderer asks of the operating system, desktop or browser alike. */
export interface Platform {
  kind: 'desktop' | 'browser';
  saveFile(suggestedName: string, data: string | Uint8Array, filters: FileFilter[]): Promise<SaveFileResult>;
  openFile(filters: FileFilter[]): Promise<OpenFileResult>;
  appInfo(): Promise<AppInfo>;
  /** Rotating snapshots on the desktop; null in the browser (which offers Download backup instead). */
  backups: PlatformBackups | null;
  live: PlatformLive;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  onOpenedFile(listener: (file: { name: string; text: string }) => void): () => void;
}
