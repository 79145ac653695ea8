import { DEFAULT_LIVE_PORT } from '../shared/live.ts';
import { lanAddresses, LOOPBACK } from './network.ts';
import type { LiveServerOptions } from './server.ts';

type Env = Record<string, string | undefined>;

/** PARTNERSCAPE_LIVE_PORT (0: any free port, for tests), or the default, so join links and firewall advice stay the same. */
export function livePort(env: Env = process.env): number {
  const value = env.PARTNERSCAPE_LIVE_PORT?.trim();
  const port = Number(value);
  return value && Number.isInteger(port) && port >= 0 && port < 65536 ? port : DEFAULT_LIVE_PORT;
}

/**
 * Where the server listens and how it is reached, from the environment: PARTNERSCAPE_LIVE_HOST (default the
 * first non-internal IPv4 address, loopback when there is none) and PARTNERSCAPE_LIVE_NAME.
 */
export function liveOptionsFromEnv(env: Env, facilitatorOrigins: string[], participantDir: string): LiveServerOptions {
  const lan = lanAddresses();
  const host = env.PARTNERSCAPE_LIVE_HOST?.trim() || lan[0] || LOOPBACK;
  const name = env.PARTNERSCAPE_LIVE_NAME?.trim() || undefined;
  return {
    port: livePort(env),
    host,
    name,
    // Tests pin the host to loopback; offering LAN addresses there would invite connecting to them.
    addresses: host === LOOPBACK ? [LOOPBACK] : [...new Set([host, ...lan])],
    facilitatorOrigins,
    participantDir,
  };
}
