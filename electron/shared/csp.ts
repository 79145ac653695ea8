import { DEFAULT_LIVE_PORT } from './live.ts';

/**
 * The production Content-Security-Policy: a <meta> in the built page and a header on every app:// response.
 * connect-src allows exactly the live server's WebSocket on loopback (docs/ARCHITECTURE.md, "Live sessions").
 */
export function contentSecurityPolicy(livePort: number = DEFAULT_LIVE_PORT): string {
  return [
    "default-src 'self'",
    // WebAssembly only (HarfBuzz shapes and subsets text for PDF export); no eval of JavaScript.
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self' blob: data: ws://127.0.0.1:${livePort}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

/** A built page whose CSP <meta> (HTML-escaped by the build) names another live port than the build's default. */
export function withLivePort(html: string, livePort: number): string {
  return html.split(`ws://127.0.0.1:${DEFAULT_LIVE_PORT}`).join(`ws://127.0.0.1:${livePort}`);
}

/** The participant app's CSP: its own files, its own server's WebSocket, nothing from anywhere else. */
export const PARTICIPANT_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
