/**
 * The IPC contract between main, preload and renderer: channel names and payload types.
 * Imports nothing (but its sibling contract files), so every side can share it.
 */
import type { LiveStartRequest, LiveStartResult, LiveStatus } from './live';

export const MENU_COMMANDS = [
  'new-workshop',
  'open-workshop',
  'import-workshop',
  'export-workshop',
  'export-pdf',
  'undo',
  'redo',
  'shortcuts',
  'about',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface SaveFileRequest {
  /** Suggested file name, e.g. "Northwind-report-2026-11-25.pdf". */
  suggestedName: string;
  filters: FileFilter[];
  /** File contents: text (UTF-8) or bytes. */
  data: string | Uint8Array;
}

export type SaveFileResult = { saved: true; path: string } | { saved: false };

export interface OpenFileRequest {
  filters: FileFilter[];
}

export type OpenFileResult = { opened: true; name: string; text: string } | { opened: false };

export interface AppInfo {
  name: string;
  version: string;
  electron: string;
  chrome: string;
  platform: string;
}

/** One rotating snapshot of a workshop in the app's data folder. */
export interface BackupEntry {
  /** File name inside the workshop's backup folder, e.g. "20261125T120102123Z.partnerscape". */
  file: string;
  savedAt: string;
  bytes: number;
}

export interface BackupWriteRequest {
  workshopId: string;
  text: string;
}

export interface BackupListRequest {
  workshopId: string;
}

export interface BackupReadRequest {
  workshopId: string;
  file: string;
}

/** invoke() channels: renderer → main, with a reply. */
export const IPC = {
  saveFile: 'partnerscape:save-file',
  openFile: 'partnerscape:open-file',
  appInfo: 'partnerscape:app-info',
  backupWrite: 'partnerscape:backup-write',
  backupList: 'partnerscape:backup-list',
  backupRead: 'partnerscape:backup-read',
} as const;

/** invoke() channels of a live session: start (or resume), stop and ask about the live server (a utilityProcess). */
export const LIVE_IPC = {
  start: 'partnerscape:live-start',
  stop: 'partnerscape:live-stop',
  status: 'partnerscape:live-status',
} as const;

/** send() channels: main → renderer. */
export const IPC_EVENTS = {
  menuCommand: 'partnerscape:menu-command',
  openedFile: 'partnerscape:opened-file',
} as const;

/** Largest payload the main process accepts for one file write. */
export const MAX_SAVE_BYTES = 200 * 1024 * 1024;

/** The one object the preload exposes on `window.partnerscape`. */
export interface PartnerscapeApi {
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  openFile(request: OpenFileRequest): Promise<OpenFileResult>;
  appInfo(): Promise<AppInfo>;
  /** Rotating snapshots kept by the main process (the newest 20 per workshop). */
  backups: {
    write(request: BackupWriteRequest): Promise<BackupEntry>;
    list(request: BackupListRequest): Promise<BackupEntry[]>;
    read(request: BackupReadRequest): Promise<string>;
  };
  /** The live session server, run by main; the facilitator's secret token comes back from start. */
  live: {
    start(request: LiveStartRequest): Promise<LiveStartResult>;
    stop(): Promise<void>;
    status(): Promise<LiveStatus>;
  };
  /** Subscribes to native menu commands; returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Files opened with the app (file association, second instance); returns an unsubscribe function. */
  onOpenedFile(listener: (file: { name: string; text: string }) => void): () => void;
}

export const API_KEY = 'partnerscape';
