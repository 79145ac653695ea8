import { describe, expect, it } from 'vitest';
import { addMinute, formatCountdown, pauseCountdown, remainingMs, resumeCountdown, settleCountdown, startCountdown } from '../../../src/domain';

describe('the workshop timer', () => {
  it('counts down, pauses, resumes and ends', () => {
    const running = startCountdown(3, 0);
    expect(remainingMs(running, 60_000)).toBe(120_000);
    const paused = pauseCountdown(running, 60_000);
    expect(remainingMs(paused, 999_999)).toBe(120_000);
    const resumed = resumeCountdown(paused, 500_000);
    expect(remainingMs(resumed, 560_000)).toBe(60_000);
    expect(settleCountdown(resumed, 619_999).status).toBe('running');
    expect(settleCountdown(resumed, 620_000).status).toBe('done');
  });

  it('+1 min adds a minute while running and restarts a finished timer for one', () => {
    expect(remainingMs(addMinute(startCountdown(1, 0), 30_000), 30_000)).toBe(90_000);
    const done = settleCountdown(startCountdown(1, 0), 60_000);
    const again = addMinute(done, 100_000);
    expect(again.status).toBe('running');
    expect(remainingMs(again, 100_000)).toBe(60_000);
  });

  it('shows minutes and seconds, rounding up', () => {
    expect(formatCountdown(300_000)).toBe('5:00');
    expect(formatCountdown(59_001)).toBe('1:00');
    expect(formatCountdown(4_200)).toBe('0:05');
    expect(formatCountdown(0)).toBe('0:00');
    expect(formatCountdown(12 * 60_000)).toBe('12:00');
  });
});
