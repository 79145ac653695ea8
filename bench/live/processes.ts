import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ClientsRequest, ClientsToParent } from './protocol';

/** The bench's helper processes: the app with its live server, and the simulated participants. */
const HERE = import.meta.dirname;
/** Loopback only, and the live server's participants' address pinned to it. */
const ENV = { ...process.env, PARTNERSCAPE_LIVE_HOST: '127.0.0.1', NODE_ENV: 'production' };

function waitFor<T>(child: ChildProcess, accept: (message: unknown) => T | undefined, what: string, limitMs: number): Promise<T> {
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => finish(() => reject(new Error(`timed out after ${limitMs} ms waiting for ${what}`))), limitMs);
    const onMessage = (message: unknown) => {
      const m = message as { type?: string; message?: string };
      if (m.type === 'error') return finish(() => reject(new Error(`${what}: ${m.message}`)));
      const value = accept(message);
      if (value !== undefined) finish(() => resolvePromise(value));
    };
    const onExit = (code: number | null) => finish(() => reject(new Error(`${what}: the process ended (${code})`)));
    const finish = (then: () => void) => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      then();
    };
    child.on('message', onMessage);
    child.on('exit', onExit);
  });
}

export interface Usage {
  rss: number;
  heapUsed: number;
  /** CPU time (user + system) so far, µs. */
  cpu: number;
  at: number;
}

export async function startApp(appPort: number, livePort: number) {
  const child = fork(resolve(HERE, 'serveApp.mjs'), [String(appPort), String(livePort)], { env: ENV, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  await waitFor(child, (m) => ((m as { type?: string }).type === 'listening' ? true : undefined), 'the app server', 60_000);
  return {
    url: `http://127.0.0.1:${appPort}`,
    pid: child.pid ?? 0,
    async usage(): Promise<Usage> {
      child.send('usage');
      return waitFor(
        child,
        (m) => {
          const u = m as { type?: string; memory?: NodeJS.MemoryUsage; cpu?: NodeJS.CpuUsage; at?: number };
          return u.type === 'usage' && u.memory && u.cpu ? { rss: u.memory.rss, heapUsed: u.memory.heapUsed, cpu: u.cpu.user + u.cpu.system, at: u.at ?? Date.now() } : undefined;
        },
        'server usage',
        10_000,
      );
    },
    async stop() {
      if (child.exitCode !== null) return;
      child.send('stop');
      await waitFor(child, () => undefined, 'the app server to stop', 5_000).catch(() => child.kill('SIGKILL'));
    },
  };
}

/** The simulated participants' process, pinned to the second core with taskset where there is one. */
export async function startClients(request: ClientsRequest, limitMs: number) {
  const script = resolve(HERE, 'clients.mjs');
  const pin = existsSync('/usr/bin/taskset') ? ['/usr/bin/taskset', '-c', '1'] : [];
  const child = pin.length
    ? fork(script, [], { env: ENV, execPath: pin[0], execArgv: [...pin.slice(1), process.execPath], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
    : fork(script, [], { env: ENV, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const next = <T extends ClientsToParent['type']>(type: T, ms = limitMs) =>
    waitFor(child, (m) => ((m as ClientsToParent).type === type ? (m as Extract<ClientsToParent, { type: T }>) : undefined), `participants: ${type}`, ms);
  child.send({ type: 'start', request });
  await next('ready');
  return {
    pinned: pin.length > 0,
    burst() {
      child.send({ type: 'burst' });
      return { written: next('written'), acked: next('acked') };
    },
    async soak(durationMs: number) {
      child.send({ type: 'soak', durationMs });
      return next('soaked', durationMs + request.ackWithinMs + 180_000);
    },
    async rejoin(count: number) {
      child.send({ type: 'rejoin', count });
      return (await next('rejoined')).rejoinMs;
    },
    stop() {
      if (child.exitCode === null) child.send({ type: 'stop' });
      setTimeout(() => child.exitCode === null && child.kill('SIGKILL'), 3000).unref();
    },
  };
}
