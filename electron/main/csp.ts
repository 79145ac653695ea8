import { livePort } from '../live/options';
import { contentSecurityPolicy, withLivePort } from '../shared/csp';
import { DEFAULT_LIVE_PORT } from '../shared/live';

/** The live server's port (PARTNERSCAPE_LIVE_PORT or the default): the one WebSocket the renderer may open. */
export const LIVE_PORT = livePort();

export const CONTENT_SECURITY_POLICY = contentSecurityPolicy(LIVE_PORT);

export const APP_RESPONSE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** The built page's CSP <meta> names the default live port; a configured one replaces it. */
export function pageForLivePort(html: string): string {
  return LIVE_PORT === DEFAULT_LIVE_PORT ? html : withLivePort(html, LIVE_PORT);
}
