import type { ClockSample } from '../live/serverClock';
import type { Credentials } from './credentials';

export class JoinError extends Error {
  constructor(
    message: string,
    readonly kind: 'wrong-code' | 'too-many-attempts' | 'session-full' | 'name-required' | 'bad-request' | 'unreachable',
  ) {
    super(message);
  }
}

const UNREACHABLE = "Can't reach the facilitator's laptop. Check that you are on the room's wifi, then try again.";

/** The session this server runs now, or null when it can't be reached. */
export async function currentSession(): Promise<{ sessionId: string } | null> {
  try {
    const response = await fetch('./api/session', { cache: 'no-store' });
    if (!response.ok) return null;
    const body = (await response.json()) as { sessionId?: unknown };
    return typeof body.sessionId === 'string' ? { sessionId: body.sessionId } : null;
  } catch {
    return null;
  }
}

/** A few round trips to the server's clock (fewer when it can't be reached). */
export async function sampleServerClock(count = 3): Promise<ClockSample[]> {
  const samples: ClockSample[] = [];
  for (let i = 0; i < count; i++) {
    try {
      const sentAt = Date.now();
      const response = await fetch('./api/time', { cache: 'no-store' });
      const body = (await response.json()) as { now?: unknown };
      const receivedAt = Date.now();
      if (response.ok && typeof body.now === 'number') samples.push({ sentAt, serverNow: body.now, receivedAt });
    } catch {
      break;
    }
  }
  return samples;
}

export async function join(code: string, name: string): Promise<Credentials> {
  let response: Response;
  try {
    response = await fetch('./api/join', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ code, name }) });
  } catch {
    throw new JoinError(UNREACHABLE, 'unreachable');
  }
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) {
    const kind = typeof body.error === 'string' ? (body.error as JoinError['kind']) : 'bad-request';
    throw new JoinError(typeof body.message === 'string' ? body.message : UNREACHABLE, kind);
  }
  return { sessionId: String(body.sessionId), participantId: String(body.participantId), token: String(body.token), name: String(body.name) };
}
