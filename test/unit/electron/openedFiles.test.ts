// @vitest-environment node
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC_EVENTS } from '../../../electron/shared/ipc';

const electron = vi.hoisted(() => ({
  app: { requestSingleInstanceLock: vi.fn(() => true), on: vi.fn() },
}));
vi.mock('electron', () => electron);

const { FileTooLargeError, readTextFile } = await import('../../../electron/main/files');
const { claimSingleInstance, createOpenedFileDispatcher, workshopPathFromArgv } = await import(
  '../../../electron/main/openedFiles'
);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ps-open-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('workshopPathFromArgv', () => {
  it('finds the first .partnerscape argument, resolved against the launch directory', () => {
    expect(workshopPathFromArgv(['/opt/Partnerscape/partnerscape', '--flag', 'w.Partnerscape'], '/home/u')).toBe(
      resolve('/home/u', 'w.Partnerscape'),
    );
    expect(workshopPathFromArgv(['exe', '/data/a.partnerscape', '/data/b.partnerscape'], '/x')).toBe('/data/a.partnerscape');
  });

  it('ignores the executable, switches and other files', () => {
    expect(workshopPathFromArgv(['x.partnerscape'], '/')).toBeUndefined();
    expect(workshopPathFromArgv(['exe', '--open=x.partnerscape', 'notes.txt'], '/')).toBeUndefined();
  });
});

describe('readTextFile', () => {
  it('reads text and refuses files over the cap', async () => {
    const path = join(dir, 'w.partnerscape');
    await writeFile(path, 'x'.repeat(100));
    await expect(readTextFile(path, 100)).resolves.toEqual({ name: 'w.partnerscape', text: 'x'.repeat(100) });
    await expect(readTextFile(path, 99)).rejects.toBeInstanceOf(FileTooLargeError);
    await expect(readTextFile(dir)).rejects.toThrow();
  });
});

describe('opened file dispatcher', () => {
  it('queues files until the window attaches, then delivers them in order', async () => {
    const read = vi.fn(async (path: string) => ({ name: path, text: 't' }));
    const dispatcher = createOpenedFileDispatcher(read);
    await dispatcher.open('/a.partnerscape');
    await dispatcher.open('/b.partnerscape');
    const target = { send: vi.fn(), focus: vi.fn() };
    await dispatcher.attach(target);
    expect(target.send.mock.calls).toEqual([
      [IPC_EVENTS.openedFile, { name: '/a.partnerscape', text: 't' }],
      [IPC_EVENTS.openedFile, { name: '/b.partnerscape', text: 't' }],
    ]);
    await dispatcher.open('/c.partnerscape');
    expect(target.focus).toHaveBeenCalled();
    expect(target.send).toHaveBeenCalledTimes(3);
    dispatcher.detach();
    await dispatcher.open('/d.partnerscape');
    expect(target.send).toHaveBeenCalledTimes(3);
    const next = { send: vi.fn(), focus: vi.fn() };
    await dispatcher.attach(next);
    expect(next.send).toHaveBeenCalledExactlyOnceWith(IPC_EVENTS.openedFile, { name: '/d.partnerscape', text: 't' });
  });

  it('skips other extensions and files it cannot read', async () => {
    const read = vi.fn(async () => {
      throw new FileTooLargeError('too big');
    });
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const dispatcher = createOpenedFileDispatcher(read);
    const target = { send: vi.fn(), focus: vi.fn() };
    await dispatcher.attach(target);
    await dispatcher.open('/etc/passwd');
    await dispatcher.open('/huge.partnerscape');
    expect(read).toHaveBeenCalledTimes(1);
    expect(target.send).not.toHaveBeenCalled();
    error.mockRestore();
  });
});

describe('claimSingleInstance', () => {
  it('forwards a second launch and reports a lost lock', () => {
    const onSecond = vi.fn();
    expect(claimSingleInstance(onSecond)).toBe(true);
    const [, listener] = electron.app.on.mock.calls.find(([name]) => name === 'second-instance')!;
    (listener as (...a: unknown[]) => void)({}, ['exe', 'w.partnerscape'], '/home/u');
    expect(onSecond).toHaveBeenCalledWith(['exe', 'w.partnerscape'], '/home/u');
    electron.app.requestSingleInstanceLock.mockReturnValueOnce(false);
    expect(claimSingleInstance(onSecond)).toBe(false);
  });
});
