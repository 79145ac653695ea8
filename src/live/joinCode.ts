/** No 0/O, 1/I/L, 5/S or 2/Z: a code read from the back of the room is typed right the first time. */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRTUVWXY346789';
export const JOIN_CODE_LENGTH = 6;

/** A fresh join code; `random` fills a byte array (crypto.getRandomValues in a browser, randomFillSync in Node). */
export function newJoinCode(random: (bytes: Uint8Array) => void, length: number = JOIN_CODE_LENGTH): string {
  const alphabet = JOIN_CODE_ALPHABET;
  // Rejection sampling keeps every letter equally likely.
  const limit = 256 - (256 % alphabet.length);
  let code = '';
  while (code.length < length) {
    const bytes = new Uint8Array(length * 2);
    random(bytes);
    for (const byte of bytes) if (byte < limit && code.length < length) code += alphabet[byte % alphabet.length];
  }
  return code;
}

/** What a person typed, as a code: upper case, without spaces or dashes. */
export function normalizeJoinCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]+/g, '');
}

export function isJoinCode(value: string): boolean {
  if (value.length < JOIN_CODE_LENGTH || value.length > 16) return false;
  return [...value].every((ch) => JOIN_CODE_ALPHABET.includes(ch));
}

/** "ABC234" → "ABC 234": easier to read aloud and from a projector. */
export function spacedJoinCode(code: string): string {
  return code.length === 6 ? `${code.slice(0, 3)} ${code.slice(3)}` : code;
}
