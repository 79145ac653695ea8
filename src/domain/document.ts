import type { WorkshopBundle } from './bundle';
import { restoreBundle, type RestoreResult } from './restore';

export const WORKSHOP_FORMAT = 'partnerscape-workshop';
export const WORKSHOP_FORMAT_VERSION = 1;
export const WORKSHOP_FILE_EXTENSION = 'partnerscape';
export const MAX_WORKSHOP_FILE_BYTES = 50 * 1024 * 1024;

export interface WorkshopDocument extends WorkshopBundle {
  format: typeof WORKSHOP_FORMAT;
  version: number;
  exportedAt: string;
}

type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

/** migrations[n] lifts a document from version n to n + 1. */
const migrations: Record<number, Migration> = {};

export function serializeWorkshop(bundle: WorkshopBundle, exportedAt: string): string {
  const doc: WorkshopDocument = { format: WORKSHOP_FORMAT, version: WORKSHOP_FORMAT_VERSION, exportedAt, ...bundle };
  return JSON.stringify(doc, null, 2);
}

function fail(...errors: string[]): RestoreResult {
  return { ok: false, errors };
}

/** Reads a `.partnerscape` file: size, JSON, format, version, migration, then the one restore step. */
export function parseWorkshopDocument(text: string): RestoreResult {
  if (text.length > MAX_WORKSHOP_FILE_BYTES) {
    return fail(`The file is ${(text.length / 1024 / 1024).toFixed(0)} MB; workshop files are at most ${MAX_WORKSHOP_FILE_BYTES / 1024 / 1024} MB.`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail(`The file is not valid JSON (it may be truncated or damaged): ${detail}`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return fail('The file does not hold a workshop document.');
  let doc = data as Record<string, unknown>;
  if (doc.format !== WORKSHOP_FORMAT) return fail(`format: expected "${WORKSHOP_FORMAT}", found ${JSON.stringify(doc.format ?? null).slice(0, 60)}. This is not a Partnerscape workshop file.`);
  const version = doc.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return fail('version: missing or not a whole number.');
  if (version > WORKSHOP_FORMAT_VERSION) {
    return fail(`version: the file is format version ${version}; this Partnerscape reads up to version ${WORKSHOP_FORMAT_VERSION}. Update the app to open it.`);
  }
  for (let v = version; v < WORKSHOP_FORMAT_VERSION; v++) {
    const migrate = migrations[v];
    if (!migrate) return fail(`version: no migration from version ${v}.`);
    doc = migrate(doc);
  }
  return restoreBundle(doc, { repair: false });
}
