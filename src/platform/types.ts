import type { AppInfo, FileFilter, MenuCommand, OpenFileResult, SaveFileResult } from '../../electron/shared/ipc';

export type { FileFilter, MenuCommand };

/** Everything the renderer asks of the operating system, desktop or browser alike. */
export interface Platform {
  kind: 'desktop' | 'browser';
  saveFile(suggestedName: string, data: string | Uint8Array, filters: FileFilter[]): Promise<SaveFileResult>;
  openFile(filters: FileFilter[]): Promise<OpenFileResult>;
  appInfo(): Promise<AppInfo>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  onOpenedFile(listener: (file: { name: string; text: string }) => void): () => void;
}
