import { join } from 'node:path';
import { ipcMain, utilityProcess } from 'electron';
import { LiveProcessClient } from '../live/processClient';
import { validateLiveStartRequest } from '../live/validate';
import { LIVE_IPC } from '../shared/ipc';
import { assertTrustedSender } from './ipc';
import { APP_HOST, APP_SCHEME, type OriginPolicy } from './origin';

/**
 * The live session server runs in a utilityProcess (electron/live/process.ts, built as out/main/live.js), so a
 * busy room never slows the app's main process. Started on first use; restarted with its session if it dies.
 */
export function createLiveHost(mainDir: string, devServerUrl: string | undefined): LiveProcessClient {
  const origins = [`${APP_SCHEME}://${APP_HOST}`, ...(devServerUrl ? [new URL(devServerUrl).origin] : [])];
  return new LiveProcessClient(() => {
    const child = utilityProcess.fork(join(mainDir, 'live.js'), [], {
      serviceName: 'Partnerscape live session',
      env: { ...process.env, PARTNERSCAPE_LIVE_FACILITATOR_ORIGINS: origins.join(','), PARTNERSCAPE_LIVE_APP_DIR: join(mainDir, '../participant') },
    });
    return {
      post: (message) => child.postMessage(message),
      onMessage: (listener) => child.on('message', listener),
      onExit: (listener) => child.on('exit', listener),
      kill: () => void child.kill(),
    };
  });
}

/** The renderer's start/stop/status requests, from the app's own top frame only, with the start request validated. */
export function registerLiveIpc(policy: OriginPolicy, live: Pick<LiveProcessClient, 'start' | 'stop' | 'status'>): void {
  ipcMain.handle(LIVE_IPC.start, async (event, payload: unknown) => {
    assertTrustedSender(event, policy);
    return live.start(validateLiveStartRequest(payload));
  });
  ipcMain.handle(LIVE_IPC.stop, async (event) => {
    assertTrustedSender(event, policy);
    return live.stop();
  });
  ipcMain.handle(LIVE_IPC.status, async (event) => {
    assertTrustedSender(event, policy);
    return live.status();
  });
}
