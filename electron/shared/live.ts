/**
 * The live-session contract shared by the renderer, main, the server process and the web control endpoint.
 * Imports nothing, so every side can share it.
 */

/** What the facilitator's app asks for when it starts (or resumes) a session. */
export interface LiveStartRequest {
  /** Stable across restarts of the same session. */
  sessionId: string;
  /** The join code participants type or scan. */
  code: string;
  /** Signs participant tokens; kept by the facilitator's app so a restarted server accepts the same devices. */
  secret: string;
  /** Participants who joined before a restart: they count against the cap and keep their names. */
  participants: { id: string; name: string }[];
  /** The address participants use, chosen by the facilitator; empty = the default. */
  host?: string;
}

export interface LiveStartResult {
  sessionId: string;
  /** ws://127.0.0.1:<port>: the facilitator's own connection, over loopback. */
  facilitatorUrl: string;
  /** Secret token of the facilitator's connection; never shown, never sent to participants. */
  facilitatorToken: string;
  /** The URL participants open (with the join code in it). */
  joinUrl: string;
  port: number;
  /** The address in the join link, and the other addresses the facilitator may pick instead. */
  host: string;
  addresses: string[];
}

export type LiveStatus = { running: false } | { running: true; sessionId: string; joinUrl: string; port: number };

/** Messages from a host (main or a test) to the server process, and the replies. */
export type LiveProcessRequest =
  | { id: number; type: 'start'; request: LiveStartRequest }
  | { id: number; type: 'stop' }
  | { id: number; type: 'status' };

export type LiveProcessReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };

/** Path prefix of the web version's control endpoint (same origin as the app, served by the Vite plugin). */
export const LIVE_CONTROL_PATH = '/__partnerscape/live';

/** The port the live server uses unless configured otherwise, so join links and firewall advice stay the same. */
export const DEFAULT_LIVE_PORT = 4747;
