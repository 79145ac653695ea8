import type { IpcRenderer, IpcRendererEvent } from 'electron';
import { IPC, IPC_EVENTS, LIVE_IPC, MENU_COMMANDS, type MenuCommand, type PartnerscapeApi } from '../shared/ipc';

type OpenedFile = { name: string; text: string };
type Bridge = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>;

const MAX_BUFFERED_FILES = 5;

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

function isOpenedFile(value: unknown): value is OpenedFile {
  if (typeof value !== 'object' || value === null) return false;
  const { name, text } = value as Record<string, unknown>;
  return typeof name === 'string' && typeof text === 'string';
}

function subscribe<T>(ipc: Bridge, channel: string, accept: (value: unknown) => value is T, listener: (value: T) => void) {
  const handler = (_event: IpcRendererEvent, value: unknown) => {
    if (accept(value)) listener(value);
  };
  ipc.on(channel, handler);
  return () => {
    ipc.removeListener(channel, handler);
  };
}

/** Files opened with the app can arrive before the renderer subscribes; they wait for the first listener. */
function openedFiles(ipc: Bridge) {
  const listeners = new Set<(file: OpenedFile) => void>();
  const buffered: OpenedFile[] = [];
  subscribe(ipc, IPC_EVENTS.openedFile, isOpenedFile, ({ name, text }) => {
    if (listeners.size > 0) return listeners.forEach((listener) => listener({ name, text }));
    buffered.push({ name, text });
    if (buffered.length > MAX_BUFFERED_FILES) buffered.shift();
  });
  return (listener: (file: OpenedFile) => void) => {
    listeners.add(listener);
    buffered.splice(0).forEach((file) => listener(file));
    return () => {
      listeners.delete(listener);
    };
  };
}

/** The renderer's whole view of the OS: typed requests and filtered event subscriptions, never ipcRenderer. */
export function createApi(ipc: Bridge): PartnerscapeApi {
  return {
    saveFile: (request) => ipc.invoke(IPC.saveFile, request),
    openFile: (request) => ipc.invoke(IPC.openFile, request),
    appInfo: () => ipc.invoke(IPC.appInfo),
    backups: {
      write: (request) => ipc.invoke(IPC.backupWrite, request),
      list: (request) => ipc.invoke(IPC.backupList, request),
      read: (request) => ipc.invoke(IPC.backupRead, request),
    },
    live: {
      start: (request) => ipc.invoke(LIVE_IPC.start, request),
      stop: () => ipc.invoke(LIVE_IPC.stop),
      status: () => ipc.invoke(LIVE_IPC.status),
    },
    onMenuCommand: (listener) => subscribe(ipc, IPC_EVENTS.menuCommand, isMenuCommand, (command) => listener(command)),
    onOpenedFile: openedFiles(ipc),
  };
}
