import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { StorageError, toStorageError } from '../../../src/storage';

describe('toStorageError', () => {
  it('maps a plain DOMException-like QuotaExceededError to "quota"', () => {
    const cause = { name: 'QuotaExceededError', message: 'quota' };
    const error = toStorageError(cause);
    expect(error).toBeInstanceOf(StorageError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('StorageError');
    expect(error.kind).toBe('quota');
    expect(error.cause).toBe(cause);
    expect(error.message).toMatch(/storage quota/);
  });

  it('maps a real DOMException QuotaExceededError to "quota"', () => {
    expect(toStorageError(new DOMException('full', 'QuotaExceededError')).kind).toBe('quota');
  });

  it('maps a QuotaExceededError wrapped in Dexie’s AbortError (.inner) to "quota"', () => {
    const inner = new DOMException('full', 'QuotaExceededError');
    const aborted = new Dexie.AbortError('Transaction aborted', inner);
    expect(aborted.name).toBe('AbortError');
    expect(aborted.inner).toBe(inner);
    const error = toStorageError(aborted);
    expect(error.kind).toBe('quota');
    expect(error.cause).toBe(aborted);
  });

  it('maps Dexie’s own QuotaExceededError and one wrapped through .cause to "quota"', () => {
    expect(toStorageError(new Dexie.QuotaExceededError('full')).kind).toBe('quota');
    expect(toStorageError(new Error('outer', { cause: { name: 'QuotaExceededError' } })).kind).toBe('quota');
  });

  it('maps MissingAPIError and OpenFailedError to "unavailable"', () => {
    for (const cause of [
      new Dexie.MissingAPIError('IndexedDB API missing'),
      new Dexie.OpenFailedError('open failed'),
      { name: 'MissingAPIError' },
      { name: 'OpenFailedError' },
      new Dexie.DatabaseClosedError('closed'),
    ]) {
      const error = toStorageError(cause);
      expect(error.kind).toBe('unavailable');
      expect(error.message).toMatch(/not available/);
    }
  });

  it('maps an OpenFailedError caused by a quota problem to "quota" (quota wins)', () => {
    const open = new Dexie.OpenFailedError('open failed', { name: 'QuotaExceededError' });
    expect(toStorageError(open).kind).toBe('quota');
  });

  it('maps anything else to "unknown", keeping the detail', () => {
    expect(toStorageError(new TypeError('bad thing'))).toMatchObject({ kind: 'unknown', message: 'Saving failed: bad thing' });
    expect(toStorageError('a string')).toMatchObject({ kind: 'unknown', message: 'Saving failed: a string' });
    expect(toStorageError(new Dexie.ConstraintError('key exists')).kind).toBe('unknown');
    expect(toStorageError(null).kind).toBe('unknown');
  });

  it('passes a StorageError through unchanged', () => {
    const original = new StorageError('x', 'quota');
    expect(toStorageError(original)).toBe(original);
  });

  it('does not loop forever on a cyclic .inner chain', () => {
    const a: { name: string; inner?: unknown } = { name: 'AbortError' };
    a.inner = a;
    expect(toStorageError(a).kind).toBe('unknown');
  });
});
