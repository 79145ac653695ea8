import { isJoinCode } from '../../src/live/joinCode.ts';
import { LIVE_LIMITS } from '../../src/live/limits.ts';
import { PARTICIPANT_ID } from '../../src/live/names.ts';
import type { LiveStartRequest } from '../shared/live.ts';

export class InvalidLiveRequest extends Error {
  override name = 'InvalidLiveRequest';
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function fail(message: string): never {
  throw new InvalidLiveRequest(message);
}

/** A start request from the renderer (over IPC or the web control endpoint) is outside data: checked field by field. */
export function validateLiveStartRequest(value: unknown): LiveStartRequest {
  if (!isRecord(value)) fail('request must be an object');
  const { sessionId, code, secret, participants, host } = value;
  if (typeof sessionId !== 'string' || !/^[A-Za-z0-9_-]{8,64}$/.test(sessionId)) fail('invalid sessionId');
  if (typeof code !== 'string' || !isJoinCode(code)) fail('invalid join code');
  if (typeof secret !== 'string' || !/^[A-Za-z0-9_-]{16,128}$/.test(secret)) fail('invalid secret');
  if (!Array.isArray(participants) || participants.length > LIVE_LIMITS.participants) fail('invalid participants');
  const list = participants.map((p) => {
    if (!isRecord(p) || typeof p.id !== 'string' || !PARTICIPANT_ID.test(p.id) || typeof p.name !== 'string') fail('invalid participant');
    return { id: p.id, name: p.name.slice(0, LIVE_LIMITS.name) };
  });
  if (host !== undefined && (typeof host !== 'string' || !/^[0-9.]{7,15}$/.test(host))) fail('invalid host');
  return { sessionId, code, secret, participants: list, ...(host ? { host } : {}) };
}
