/** Storage failures, translated into what a person can act on. */
export class StorageError extends Error {
  constructor(
    message: string,
    readonly kind: 'quota' | 'unavailable' | 'unknown',
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'StorageError';
  }
}

function names(error: unknown): string[] {
  const out: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const e = current as { name?: string; inner?: unknown; cause?: unknown };
    if (e.name) out.push(e.name);
    current = e.inner ?? e.cause;
  }
  return out;
}

export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const all = names(error);
  if (all.includes('QuotaExceededError')) {
    return new StorageError('The disk is full or the storage quota is used up. Your last change was not saved; free some space and it will be retried.', 'quota', error);
  }
  if (all.some((n) => ['MissingAPIError', 'InvalidStateError', 'OpenFailedError', 'DatabaseClosedError', 'UnknownError'].includes(n))) {
    return new StorageError('Local storage is not available, so changes cannot be saved. What is on screen stays readable; export it to keep it.', 'unavailable', error);
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new StorageError(`Saving failed: ${detail}`, 'unknown', error);
}
