import type { WorkshopBundle } from './bundle';
import { restoreBundle, type RestoreResult } from './restore';

export const WORKSHOP_FORMAT = 'partnerscape-workshop';
export const WORKSHOP_FORMAT_VERSION = 2;
export const WORKSHOP_FILE_EXTENSION = 'partnerscape';
export const MAX_WORKSHOP_FILE_BYTES = 50 * 1024 * 1024;

export interface WorkshopDocument extends WorkshopBundle {
  format: typeof WORKSHOP_FORMAT;
  version: number;
  exportedAt: string;
}

type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

/** migrations[n] lifts a document from version n to n + 1. */
const migrations: Record<number, Migration> = {
  // Version 2 added partner enablement plans and metric entries.
  1: (doc) => ({ ...doc, version: 2, enablement: doc.enablement ?? [], metrics: doc.metrics ?? [] }),
};

export function serializeWorkshop(bundle: WorkshopBundle, exportedAt: string): string {
  const doc: WorkshopDocument = { format: WORKSHOP_FORMAT, version: WORKSHOP_FORMAT_VERSION, exportedAt, ...bundle };
  return JSON.stringify(doc, null, 2);
}

function fail(...errors: string[]): RestoreResult {
  return { ok: false, errors };
}

function parseJson(text: string): { ok: true; data: Record<string, unknown> } | { ok: false; errors: string[] } {
  if (text.length > MAX_WORKSHOP_FILE_BYTES) {
    return { ok: false, errors: [`The file is ${(text.length / 1024 / 1024).toFixed(0)} MB; workshop files are at most ${MAX_WORKSHOP_FILE_BYTES / 1024 / 1024} MB.`] };
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [`The file is not valid JSON (it may be truncated or damaged): ${detail}`] };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, errors: ['The file does not hold a workshop document.'] };
  return { ok: true, data: data as Record<string, unknown> };
}

/** Checks format and version, migrates, then passes the one restore step. */
function restoreDocument(input: Record<string, unknown>): RestoreResult {
  let doc = input;
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

/** Reads a `.partnerscape` file: size, JSON, format, version, migration, then the one restore step. */
export function parseWorkshopDocument(text: string): RestoreResult {
  const parsed = parseJson(text);
  return parsed.ok ? restoreDocument(parsed.data) : parsed;
}

export const BACKUP_FORMAT = 'partnerscape-backup';
export const MAX_BACKUP_WORKSHOPS = 500;

/** Every workshop in one file: the browser's "Download backup". */
export function serializeBackup(bundles: WorkshopBundle[], exportedAt: string): string {
  const workshops = bundles.map((bundle) => ({ format: WORKSHOP_FORMAT, version: WORKSHOP_FORMAT_VERSION, exportedAt, ...bundle }));
  return JSON.stringify({ format: BACKUP_FORMAT, version: 1, exportedAt, workshops });
}

export type ImportFileResult = { ok: true; bundles: WorkshopBundle[] } | { ok: false; errors: string[] };

/** Reads what Import accepts: one workshop, or a backup of many (all or nothing). */
export function parseImportFile(text: string): ImportFileResult {
  const parsed = parseJson(text);
  if (!parsed.ok) return parsed;
  if (parsed.data.format !== BACKUP_FORMAT) {
    const single = restoreDocument(parsed.data);
    return single.ok ? { ok: true, bundles: [single.bundle] } : single;
  }
  const workshops = parsed.data.workshops;
  if (!Array.isArray(workshops) || workshops.length > MAX_BACKUP_WORKSHOPS) return { ok: false, errors: [`workshops: expected a list of at most ${MAX_BACKUP_WORKSHOPS} workshops.`] };
  const bundles: WorkshopBundle[] = [];
  for (const [index, doc] of workshops.entries()) {
    const result = typeof doc === 'object' && doc !== null && !Array.isArray(doc) ? restoreDocument(doc as Record<string, unknown>) : fail('not a workshop document.');
    if (!result.ok) return { ok: false, errors: result.errors.map((e) => `workshops[${index}] ${e}`) };
    bundles.push(result.bundle);
  }
  return { ok: true, bundles };
}
