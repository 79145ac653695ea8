import { createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { PARTICIPANT_ID } from '../../src/live/names.ts';

const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** A participant ID: 12 random lowercase letters and digits. */
export function newParticipantId(): string {
  let id = '';
  for (let i = 0; i < 12; i++) id += ID_ALPHABET[randomInt(ID_ALPHABET.length)];
  return id;
}

/** A secret for a token nobody should guess: 32 random bytes, base64url. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

function signature(secret: string, sessionId: string, participantId: string): string {
  return createHmac('sha256', secret).update(`${sessionId}\u0000${participantId}`).digest('base64url');
}

/**
 * A participant's token: their ID and a signature by the session's secret. The server keeps no list of tokens,
 * so a restarted server that is given the same secret accepts the same devices.
 */
export function participantToken(secret: string, sessionId: string, participantId: string): string {
  return `${participantId}.${signature(secret, sessionId, participantId)}`;
}

/** The participant a token belongs to, or null when it was not signed for this session. */
export function verifyParticipantToken(secret: string, sessionId: string, token: string): string | null {
  const [id, given, extra] = token.split('.');
  if (!id || !given || extra !== undefined || !PARTICIPANT_ID.test(id)) return null;
  return sameSecret(given, signature(secret, sessionId, id)) ? id : null;
}

/** Compares two secrets in constant time. */
export function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
