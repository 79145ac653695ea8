import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { IPC, type AppInfo, type OpenFileResult, type SaveFileResult } from '../shared/ipc';
import { readTextFile } from './files';
import type { OriginPolicy } from './origin';
import type { BackupStore } from './backups';
import { validateBackupRef, validateBackupWrite, validateOpenRequest, validateSaveRequest } from './validate';

export class UntrustedSenderError extends Error {
  override name = 'UntrustedSenderError';
}

/** Only the top-level frame of our own app may call into main. */
export function assertTrustedSender(event: IpcMainInvokeEvent, policy: OriginPolicy): void {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null || !policy.isAppUrl(frame.url)) {
    throw new UntrustedSenderError(`Rejected IPC from ${frame?.url ?? 'an unknown frame'}`);
  }
}

function parentWindow(event: IpcMainInvokeEvent): BrowserWindow | undefined {
  return BrowserWindow.fromWebContents(event.sender) ?? undefined;
}

async function saveFile(event: IpcMainInvokeEvent, payload: unknown): Promise<SaveFileResult> {
  const request = validateSaveRequest(payload);
  const options = { defaultPath: join(app.getPath('documents'), request.suggestedName), filters: request.filters };
  const win = parentWindow(event);
  const choice = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { saved: false };
  await writeFile(choice.filePath, request.data);
  return { saved: true, path: choice.filePath };
}

async function openFile(event: IpcMainInvokeEvent, payload: unknown): Promise<OpenFileResult> {
  const request = validateOpenRequest(payload);
  const options = { filters: request.filters, properties: ['openFile' as const] };
  const win = parentWindow(event);
  const choice = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
  const path = choice.filePaths[0];
  if (choice.canceled || !path) return { opened: false };
  return { opened: true, ...(await readTextFile(path)) };
}

function appInfo(): AppInfo {
  return {
    name: app.getName(),
    version: app.getVersion(),
    electron: process.versions.electron ?? '',
    chrome: process.versions.chrome ?? '',
    platform: process.platform,
  };
}

export function registerIpcHandlers(policy: OriginPolicy, backups: BackupStore): void {
  const guarded =
    <T>(handler: (event: IpcMainInvokeEvent, payload: unknown) => T | Promise<T>) =>
    async (event: IpcMainInvokeEvent, payload: unknown): Promise<T> => {
      assertTrustedSender(event, policy);
      return handler(event, payload);
    };
  ipcMain.handle(IPC.saveFile, guarded(saveFile));
  ipcMain.handle(IPC.openFile, guarded(openFile));
  ipcMain.handle(IPC.appInfo, guarded(appInfo));
  ipcMain.handle(
    IPC.backupWrite,
    guarded((_event, payload) => {
      const { workshopId, text } = validateBackupWrite(payload);
      return backups.write(workshopId, text);
    }),
  );
  ipcMain.handle(IPC.backupList, guarded((_event, payload) => backups.list(validateBackupRef(payload, false).workshopId)));
  ipcMain.handle(
    IPC.backupRead,
    guarded((_event, payload) => {
      const { workshopId, file } = validateBackupRef(payload, true);
      return backups.read(workshopId, file);
    }),
  );
}
