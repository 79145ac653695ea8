import { networkInterfaces } from 'node:os';

export const LOOPBACK = '127.0.0.1';

/** The machine's IPv4 addresses other devices can reach (non-internal), in the order the OS lists them. */
export function lanAddresses(interfaces = networkInterfaces()): string[] {
  const found: string[] = [];
  for (const entries of Object.values(interfaces)) {
    for (const entry of entries ?? []) {
      if (entry.family === 'IPv4' && !entry.internal && !found.includes(entry.address)) found.push(entry.address);
    }
  }
  return found;
}

export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}

/** Where the server listens and which names it answers to. */
export interface LiveAddressing {
  port: number;
  /** The address participants connect to (also a listen address unless it is loopback). */
  host: string;
  /** A host name for the join link (PARTNERSCAPE_LIVE_NAME), also accepted by the Host check. */
  name?: string;
  /** Addresses the facilitator could pick instead. */
  addresses: string[];
}

/** The Host header values the server accepts: loopback names, the participant address and the configured name. */
export function allowedHosts({ port, host, name, addresses }: LiveAddressing): Set<string> {
  const names = ['127.0.0.1', 'localhost', '[::1]', host, ...(name ? [name] : []), ...(host === '0.0.0.0' ? addresses : [])];
  return new Set(names.filter((n) => n !== '0.0.0.0').map((n) => `${n.toLowerCase()}:${port}`));
}

/** The address in the join link: the configured name, else the participant address (the first LAN one for 0.0.0.0). */
export function joinHost({ host, name, addresses }: LiveAddressing): string {
  if (name) return name;
  if (host === '0.0.0.0') return addresses[0] ?? LOOPBACK;
  return host;
}

export function joinUrl(addressing: LiveAddressing, code: string): string {
  return `http://${joinHost(addressing)}:${addressing.port}/?code=${encodeURIComponent(code)}`;
}
