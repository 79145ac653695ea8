import { isAbsolute, resolve } from 'node:path';
import { app } from 'electron';
import { IPC_EVENTS } from '../shared/ipc';
import { readTextFile } from './files';

export const WORKSHOP_EXTENSION = '.partnerscape';

/** The first `.partnerscape` path in a command line, resolved against the launching directory. */
export function workshopPathFromArgv(argv: readonly string[], cwd: string): string | undefined {
  const arg = argv.slice(1).find((a) => !a.startsWith('-') && a.toLowerCase().endsWith(WORKSHOP_EXTENSION));
  if (!arg) return undefined;
  return isAbsolute(arg) ? arg : resolve(cwd, arg);
}

export interface OpenedFileTarget {
  send(channel: string, payload: unknown): void;
  focus(): void;
}

/**
 * Delivers workshop files opened from the OS (file association, a second launch, macOS 'open-file')
 * to the renderer; paths that arrive before the window is ready are queued.
 */
export function createOpenedFileDispatcher(readFile = readTextFile) {
  const queue: string[] = [];
  let target: OpenedFileTarget | undefined;

  const deliver = async (path: string, to: OpenedFileTarget) => {
    try {
      to.send(IPC_EVENTS.openedFile, await readFile(path));
    } catch (error) {
      console.error(`Could not open ${path}:`, error);
    }
  };

  return {
    open(path: string): Promise<void> {
      if (!path.toLowerCase().endsWith(WORKSHOP_EXTENSION)) return Promise.resolve();
      if (!target) {
        queue.push(path);
        return Promise.resolve();
      }
      target.focus();
      return deliver(path, target);
    },
    async attach(to: OpenedFileTarget): Promise<void> {
      target = to;
      for (const path of queue.splice(0)) await deliver(path, to);
    },
    detach(): void {
      target = undefined;
    },
  };
}

export type OpenedFileDispatcher = ReturnType<typeof createOpenedFileDispatcher>;

/** Returns false when another instance already runs; it receives our command line instead. */
export function claimSingleInstance(onSecondInstance: (argv: string[], cwd: string) => void): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', (_event, argv, cwd) => onSecondInstance(argv, cwd));
  return true;
}
