import { LIVE_LIMITS } from './limits.ts';

/** A participant's display name as shown anywhere: no control characters or direction overrides, one line, within the limit. */
export function cleanDisplayName(value: unknown): string {
  if (typeof value !== 'string') return '';
  return (
    value
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, LIVE_LIMITS.name)
  );
}
