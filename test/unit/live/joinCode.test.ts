import { randomFillSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FailedAttempts, TokenBucket } from '../../../electron/live/limits';
import { participantToken, verifyParticipantToken } from '../../../electron/live/tokens';
import { isJoinCode, JOIN_CODE_ALPHABET, newJoinCode, normalizeJoinCode } from '../../../src/live/joinCode';

describe('join codes', () => {
  it('are six characters from an alphabet without look-alikes', () => {
    for (const ambiguous of ['0', 'O', '1', 'I', 'L', '5', 'S', '2', 'Z']) expect(JOIN_CODE_ALPHABET).not.toContain(ambiguous);
    const codes = new Set(Array.from({ length: 200 }, () => newJoinCode((b) => randomFillSync(b))));
    expect(codes.size).toBeGreaterThan(195);
    for (const code of codes) expect(isJoinCode(code)).toBe(true);
  });

  it('read what a person typed', () => {
    expect(normalizeJoinCode(' abc-346 ')).toBe('ABC346');
    expect(isJoinCode('ABC34')).toBe(false);
    expect(isJoinCode('ABC10O')).toBe(false);
  });
});

describe('participant tokens', () => {
  it('verify for the session and secret that signed them only', () => {
    const token = participantToken('secret-one-secret-one', 'session', 'abcdefghijkl');
    expect(verifyParticipantToken('secret-one-secret-one', 'session', token)).toBe('abcdefghijkl');
    expect(verifyParticipantToken('secret-two-secret-two', 'session', token)).toBeNull();
    expect(verifyParticipantToken('secret-one-secret-one', 'other', token)).toBeNull();
    expect(verifyParticipantToken('secret-one-secret-one', 'session', token.replace('abcdefghijkl', 'abcdefghijkm'))).toBeNull();
    expect(verifyParticipantToken('secret-one-secret-one', 'session', 'garbage')).toBeNull();
  });
});

describe('limits', () => {
  it('count failed attempts per address in a sliding minute', () => {
    let now = 0;
    const failed = new FailedAttempts(5, 60_000, () => now);
    for (let i = 0; i < 5; i++) failed.fail('127.0.0.1');
    expect(failed.retryAfter('127.0.0.1')).toBe(60);
    expect(failed.retryAfter('::1')).toBe(0);
    now = 60_001;
    expect(failed.retryAfter('127.0.0.1')).toBe(0);
  });

  it('allow a burst, then the sustained rate', () => {
    let now = 0;
    const bucket = new TokenBucket(50, 200, () => now);
    let taken = 0;
    while (bucket.take()) taken++;
    expect(taken).toBe(200);
    now = 1000;
    taken = 0;
    while (bucket.take()) taken++;
    expect(taken).toBe(50);
  });
});
