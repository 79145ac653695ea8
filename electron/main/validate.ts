import { MAX_SAVE_BYTES, type FileFilter, type OpenFileRequest, type SaveFileRequest } from '../shared/ipc';

export class InvalidPayloadError extends Error {
  override name = 'InvalidPayloadError';
}

const MAX_NAME_LENGTH = 255;
const MAX_FILTERS = 10;
const MAX_EXTENSIONS = 10;
const EXTENSION = /^(\*|[A-Za-z0-9][A-Za-z0-9._-]{0,15})$/;

function hasUnsafeChar(name: string): boolean {
  return [...name].some((ch) => ch === '/' || ch === '\\' || ch.charCodeAt(0) < 0x20 || ch === '\u007f');
}

function fail(message: string): never {
  throw new InvalidPayloadError(message);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function validateFilters(value: unknown): FileFilter[] {
  if (!Array.isArray(value) || value.length > MAX_FILTERS) fail('filters must be an array of at most 10 entries');
  return value.map((filter) => {
    if (!isRecord(filter)) fail('each filter must be an object');
    const { name, extensions } = filter;
    if (typeof name !== 'string' || name.length === 0 || name.length > 100) fail('filter name must be a short string');
    if (!Array.isArray(extensions) || extensions.length === 0 || extensions.length > MAX_EXTENSIONS) {
      fail('filter extensions must be a non-empty array');
    }
    if (!extensions.every((e) => typeof e === 'string' && EXTENSION.test(e))) fail('invalid filter extension');
    return { name, extensions: [...(extensions as string[])] };
  });
}

export function validateSuggestedName(value: unknown): string {
  if (typeof value !== 'string' || value.trim().length === 0) fail('suggestedName must be a non-empty string');
  if (value.length > MAX_NAME_LENGTH) fail('suggestedName is too long');
  if (hasUnsafeChar(value)) fail('suggestedName must be a plain file name');
  if (value === '.' || value === '..') fail('suggestedName must be a plain file name');
  return value;
}

export function payloadBytes(data: string | Uint8Array): number {
  return typeof data === 'string' ? Buffer.byteLength(data, 'utf8') : data.byteLength;
}

export function validateSaveRequest(value: unknown): SaveFileRequest {
  if (!isRecord(value)) fail('request must be an object');
  const suggestedName = validateSuggestedName(value.suggestedName);
  const filters = validateFilters(value.filters);
  const { data } = value;
  if (typeof data !== 'string' && !(data instanceof Uint8Array)) fail('data must be a string or Uint8Array');
  if (payloadBytes(data) > MAX_SAVE_BYTES) fail(`data exceeds ${MAX_SAVE_BYTES} bytes`);
  return { suggestedName, filters, data };
}

export function validateOpenRequest(value: unknown): OpenFileRequest {
  if (!isRecord(value)) fail('request must be an object');
  return { filters: validateFilters(value.filters) };
}

export function validateBackupWrite(value: unknown): { workshopId: string; text: string } {
  if (!isRecord(value)) fail('request must be an object');
  const { workshopId, text } = value;
  if (typeof workshopId !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(workshopId)) fail('invalid workshopId');
  if (typeof text !== 'string') fail('text must be a string');
  if (payloadBytes(text) > MAX_SAVE_BYTES) fail(`text exceeds ${MAX_SAVE_BYTES} bytes`);
  return { workshopId, text };
}

export function validateBackupRef(value: unknown, withFile: boolean): { workshopId: string; file: string } {
  if (!isRecord(value)) fail('request must be an object');
  const { workshopId, file } = value;
  if (typeof workshopId !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(workshopId)) fail('invalid workshopId');
  if (!withFile) return { workshopId, file: '' };
  if (typeof file !== 'string' || !/^\d{8}T\d{9}Z(-\d+)?\.partnerscape$/.test(file)) fail('invalid backup file');
  return { workshopId, file };
}
