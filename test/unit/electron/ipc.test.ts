// @vitest-environment node
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC, MAX_SAVE_BYTES } from '../../../electron/shared/ipc';

type Handler = (event: unknown, payload?: unknown) => Promise<unknown>;

const electron = vi.hoisted(() => {
  const handlers = new Map<string, Handler>();
  return {
    handlers,
    ipcMain: { handle: vi.fn((channel: string, handler: Handler) => handlers.set(channel, handler)) },
    dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
    app: { getPath: vi.fn(() => '/home/user/Documents'), getName: () => 'Partnerscape', getVersion: () => '0.1.0' },
    BrowserWindow: { fromWebContents: vi.fn(() => null) },
  };
});
vi.mock('electron', () => electron);

const { registerIpcHandlers } = await import('../../../electron/main/ipc');
const { createOriginPolicy } = await import('../../../electron/main/origin');
const { BackupStore } = await import('../../../electron/main/backups');
const backupRoot = await mkdtemp(join(tmpdir(), 'ps-ipc-backups-'));
registerIpcHandlers(createOriginPolicy(), new BackupStore(backupRoot));

const appEvent = { sender: {}, senderFrame: { url: 'app://partnerscape/index.html', parent: null } };
const call = (channel: string, payload?: unknown, event: unknown = appEvent) => electron.handlers.get(channel)!(event, payload);
const filters = [{ name: 'Workshop', extensions: ['partnerscape'] }];

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ps-ipc-'));
  electron.dialog.showSaveDialog.mockReset();
  electron.dialog.showOpenDialog.mockReset();
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('sender check', () => {
  it.each([
    ['a foreign origin', { sender: {}, senderFrame: { url: 'https://evil.example/', parent: null } }],
    ['a file:// page', { sender: {}, senderFrame: { url: 'file:///tmp/x.html', parent: null } }],
    ['a sub-frame', { sender: {}, senderFrame: { url: 'app://partnerscape/index.html', parent: {} } }],
    ['a destroyed frame', { sender: {}, senderFrame: null }],
  ])('rejects %s on every channel', async (_label, event) => {
    for (const channel of Object.values(IPC)) {
      await expect(call(channel, { suggestedName: 'a.txt', filters, data: 'x' }, event)).rejects.toThrow(/Rejected IPC/);
    }
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(electron.dialog.showOpenDialog).not.toHaveBeenCalled();
  });

  it('answers appInfo for the app', async () => {
    await expect(call(IPC.appInfo)).resolves.toMatchObject({ name: 'Partnerscape', version: '0.1.0', platform: process.platform });
  });
});

describe('saveFile', () => {
  it('writes only to the path chosen in the dialog', async () => {
    const chosen = join(dir, 'chosen.partnerscape');
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: chosen });
    const result = await call(IPC.saveFile, { suggestedName: 'Northwind.partnerscape', filters, data: '{"a":1}' });
    expect(result).toEqual({ saved: true, path: chosen });
    expect(await readFile(chosen, 'utf8')).toBe('{"a":1}');
    expect(await readdir(dir)).toEqual(['chosen.partnerscape']);
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith({
      defaultPath: join('/home/user/Documents', 'Northwind.partnerscape'),
      filters,
    });
  });

  it('writes bytes unchanged', async () => {
    const chosen = join(dir, 'report.pdf');
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: chosen });
    const bytes = new Uint8Array([37, 80, 68, 70, 0, 255]);
    await call(IPC.saveFile, { suggestedName: 'report.pdf', filters: [{ name: 'PDF', extensions: ['pdf'] }], data: bytes });
    expect(new Uint8Array(await readFile(chosen))).toEqual(bytes);
  });

  it('writes nothing when the dialog is cancelled', async () => {
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await expect(call(IPC.saveFile, { suggestedName: 'a.pdf', filters, data: 'x' })).resolves.toEqual({ saved: false });
    expect(await readdir(dir)).toEqual([]);
  });

  it.each([
    ['no payload', undefined],
    ['an array', []],
    ['a missing name', { filters, data: 'x' }],
    ['a name with a slash', { suggestedName: '../../.bashrc', filters, data: 'x' }],
    ['a name with a backslash', { suggestedName: '..\\evil.txt', filters, data: 'x' }],
    ['an absolute name', { suggestedName: '/etc/passwd', filters, data: 'x' }],
    ['a name with a NUL', { suggestedName: 'a\0.txt', filters, data: 'x' }],
    ['a dot-dot name', { suggestedName: '..', filters, data: 'x' }],
    ['a too-long name', { suggestedName: `${'a'.repeat(300)}.txt`, filters, data: 'x' }],
    ['filters that are not an array', { suggestedName: 'a.txt', filters: 'pdf', data: 'x' }],
    ['a filter without extensions', { suggestedName: 'a.txt', filters: [{ name: 'PDF' }], data: 'x' }],
    ['a filter extension with a path', { suggestedName: 'a.txt', filters: [{ name: 'X', extensions: ['../x'] }], data: 'x' }],
    ['numeric data', { suggestedName: 'a.txt', filters, data: 42 }],
    ['object data', { suggestedName: 'a.txt', filters, data: { length: 1 } }],
  ])('rejects %s', async (_label, payload) => {
    await expect(call(IPC.saveFile, payload)).rejects.toThrow();
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('rejects data larger than MAX_SAVE_BYTES before any dialog', async () => {
    const data = new Uint8Array(MAX_SAVE_BYTES + 1);
    await expect(call(IPC.saveFile, { suggestedName: 'big.pdf', filters, data })).rejects.toThrow(/exceeds/);
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
  });
});

describe('openFile', () => {
  it('reads the chosen file as text', async () => {
    const path = join(dir, 'w.partnerscape');
    await writeFile(path, '{"format":"partnerscape"}');
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [path] });
    await expect(call(IPC.openFile, { filters })).resolves.toEqual({
      opened: true,
      name: 'w.partnerscape',
      text: '{"format":"partnerscape"}',
    });
    expect(electron.dialog.showOpenDialog).toHaveBeenCalledWith({ filters, properties: ['openFile'] });
  });

  it('returns opened: false when cancelled', async () => {
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    await expect(call(IPC.openFile, { filters })).resolves.toEqual({ opened: false });
  });

  it('rejects malformed filters', async () => {
    await expect(call(IPC.openFile, { filters: [{ name: 1, extensions: ['x'] }] })).rejects.toThrow();
    await expect(call(IPC.openFile, null)).rejects.toThrow();
    expect(electron.dialog.showOpenDialog).not.toHaveBeenCalled();
  });
});

describe('backups over IPC', () => {
  it('writes, lists and reads a snapshot for the app', async () => {
    const entry = (await call(IPC.backupWrite, { workshopId: 'w-1', text: '{"format":"partnerscape-workshop"}' })) as { file: string };
    expect(entry.file).toMatch(/^\d{8}T\d{9}Z(-\d+)?\.partnerscape$/);
    await expect(call(IPC.backupList, { workshopId: 'w-1' })).resolves.toEqual([expect.objectContaining({ file: entry.file, bytes: 34 })]);
    await expect(call(IPC.backupRead, { workshopId: 'w-1', file: entry.file })).resolves.toBe('{"format":"partnerscape-workshop"}');
  });

  it.each([
    ['a path in the workshop id', IPC.backupWrite, { workshopId: '../escape', text: 'x' }],
    ['a missing text', IPC.backupWrite, { workshopId: 'w-1' }],
    ['an oversized text', IPC.backupWrite, { workshopId: 'w-1', text: 'x'.repeat(MAX_SAVE_BYTES + 1) }],
    ['a traversal file name', IPC.backupRead, { workshopId: 'w-1', file: '../../etc/passwd' }],
    ['another file name', IPC.backupRead, { workshopId: 'w-1', file: 'window-state.json' }],
    ['a non-object', IPC.backupList, 'w-1'],
  ])('rejects %s', async (_label, channel, payload) => {
    await expect(call(channel, payload)).rejects.toThrow();
  });
});
