// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { API_KEY, IPC, IPC_EVENTS, LIVE_IPC, MENU_COMMANDS, type PartnerscapeApi } from '../../../electron/shared/ipc';

type Listener = (event: unknown, value: unknown) => void;

const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<Listener>>();
  return {
    listeners,
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: {
      invoke: vi.fn(async (..._args: unknown[]) => 'reply'),
      on: vi.fn((channel: string, listener: Listener) => {
        listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener));
      }),
      removeListener: vi.fn((channel: string, listener: Listener) => listeners.get(channel)?.delete(listener)),
      send: vi.fn(),
      sendSync: vi.fn(),
    },
  };
});
vi.mock('electron', () => electron);

await import('../../../electron/preload/index');
const api = electron.contextBridge.exposeInMainWorld.mock.calls[0]?.[1] as PartnerscapeApi;
const emit = (channel: string, value: unknown) => electron.listeners.get(channel)?.forEach((l) => l({}, value));

beforeEach(() => electron.ipcRenderer.invoke.mockClear());

describe('preload', () => {
  it('exposes exactly one object, under API_KEY', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledWith(API_KEY, expect.any(Object));
    expect(Object.keys(api).sort()).toEqual(['appInfo', 'backups', 'live', 'onMenuCommand', 'onOpenedFile', 'openFile', 'saveFile']);
  });

  it('never exposes ipcRenderer or its methods', () => {
    for (const value of Object.values(api)) {
      expect(value).not.toBe(electron.ipcRenderer);
      expect(Object.values(electron.ipcRenderer)).not.toContain(value);
    }
  });

  it('forwards requests on the contract channels', async () => {
    const request = { suggestedName: 'a.pdf', filters: [], data: 'x' };
    await expect(api.saveFile(request)).resolves.toBe('reply');
    await api.openFile({ filters: [] });
    await api.appInfo();
    expect(electron.ipcRenderer.invoke.mock.calls).toEqual([[IPC.saveFile, request], [IPC.openFile, { filters: [] }], [IPC.appInfo]]);
  });

  it('forwards live-session requests on their channels', async () => {
    const request = { sessionId: 'session-1', code: 'ABC346', secret: 'a-session-secret-for-tests', participants: [] };
    await api.live.start(request);
    await api.live.status();
    await api.live.stop();
    expect(electron.ipcRenderer.invoke.mock.calls).toEqual([[LIVE_IPC.start, request], [LIVE_IPC.status], [LIVE_IPC.stop]]);
  });

  it('passes known menu commands and drops unknown ones', () => {
    const listener = vi.fn();
    const off = api.onMenuCommand(listener);
    for (const command of MENU_COMMANDS) emit(IPC_EVENTS.menuCommand, command);
    for (const bogus of ['delete-everything', '', 42, null, { command: 'undo' }]) emit(IPC_EVENTS.menuCommand, bogus);
    expect(listener.mock.calls.map(([c]) => c)).toEqual([...MENU_COMMANDS]);
    off();
    emit(IPC_EVENTS.menuCommand, 'undo');
    expect(listener).toHaveBeenCalledTimes(MENU_COMMANDS.length);
    expect(electron.listeners.get(IPC_EVENTS.menuCommand)?.size).toBe(0);
  });

  it('holds files opened before anyone listens (the newest five) for the first listener', () => {
    for (let i = 1; i <= 7; i++) emit(IPC_EVENTS.openedFile, { name: `${i}.partnerscape`, text: '{}' });
    const listener = vi.fn();
    const off = api.onOpenedFile(listener);
    expect(listener.mock.calls.map(([f]) => f.name)).toEqual(['3', '4', '5', '6', '7'].map((n) => `${n}.partnerscape`));
    off();
    const late = vi.fn();
    api.onOpenedFile(late)();
    expect(late).not.toHaveBeenCalled();
  });

  it('passes well-formed opened files only, without extra fields, and unsubscribes', () => {
    const listener = vi.fn();
    const off = api.onOpenedFile(listener);
    emit(IPC_EVENTS.openedFile, { name: 'w.partnerscape', text: '{}', path: '/secret/path' });
    emit(IPC_EVENTS.openedFile, { name: 'w.partnerscape' });
    emit(IPC_EVENTS.openedFile, 'text');
    expect(listener.mock.calls).toEqual([[{ name: 'w.partnerscape', text: '{}' }]]);
    off();
    emit(IPC_EVENTS.openedFile, { name: 'x.partnerscape', text: '{}' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(electron.listeners.get(IPC_EVENTS.openedFile)?.size).toBe(1);
  });
});
