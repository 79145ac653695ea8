import type { IpcRenderer, IpcRendererEvent } from 'electron';
import { IPC, IPC_EVENTS, MENU_COMMANDS, type MenuCommand, type PartnerscapeApi } from '../shared/ipc';

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

function isOpenedFile(value: unknown): value is { name: string; text: string } {
  if (typeof value !== 'object' || value === null) return false;
  const { name, text } = value as Record<string, unknown>;
  return typeof name === 'string' && typeof text === 'string';
}

type Bridge = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>;

function subscribe<T>(ipc: Bridge, channel: string, accept: (value: unknown) => value is T, listener: (value: T) => void) {
  const handler = (_event: IpcRendererEvent, value: unknown) => {
    if (accept(value)) listener(value);
  };
  ipc.on(channel, handler);
  return () => {
    ipc.removeListener(channel, handler);
  };
}

/** The renderer's whole view of the OS: typed requests and filtered event subscriptions, never ipcRenderer. */
export function createApi(ipc: Bridge): PartnerscapeApi {
  return {
    saveFile: (request) => ipc.invoke(IPC.saveFile, request),
    openFile: (request) => ipc.invoke(IPC.openFile, request),
    appInfo: () => ipc.invoke(IPC.appInfo),
    onMenuCommand: (listener) =>
      subscribe(ipc, IPC_EVENTS.menuCommand, isMenuCommand, (command) => listener(command)),
    onOpenedFile: (listener) =>
      subscribe(ipc, IPC_EVENTS.openedFile, isOpenedFile, ({ name, text }) => listener({ name, text })),
  };
}
