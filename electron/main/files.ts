import { open } from 'node:fs/promises';
import { basename } from 'node:path';

/** Largest text file the app reads (an opened or imported workshop). */
export const MAX_OPEN_BYTES = 50 * 1024 * 1024;

export class FileTooLargeError extends Error {
  override name = 'FileTooLargeError';
}

/** Reads a regular file as UTF-8, refusing anything larger than maxBytes. */
export async function readTextFile(path: string, maxBytes = MAX_OPEN_BYTES): Promise<{ name: string; text: string }> {
  const handle = await open(path, 'r');
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new Error('Not a regular file');
    if (info.size > maxBytes) throw new FileTooLargeError(`File is larger than ${maxBytes} bytes`);
    const text = await handle.readFile({ encoding: 'utf8' });
    return { name: basename(path), text };
  } finally {
    await handle.close();
  }
}
