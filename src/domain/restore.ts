import { z } from 'zod';
import type { AnyRecord, WorkshopBundle } from './bundle';
import { COLLECTIONS, recordKind, type Collection, type UniqueKey } from './recordKinds';
import { mapLayoutSchema, mapPointSchema, workshopSchema } from './records';
import { brokenReferences, referencePath, settleRecord, targetLabel } from './references';

/** Each kind's list, bounded by its limit; kinds added after the first schema read as empty when missing. */
const collectionSchemas = Object.fromEntries(
  COLLECTIONS.map((c) => {
    const kind = recordKind(c);
    const list = z.array(kind.schema).max(kind.limit);
    return [c, kind.since > 1 ? list.default([]) : list];
  }),
);

export const bundleSchema = z.object({ workshop: workshopSchema, ...collectionSchemas, layout: mapLayoutSchema });

export type RestoreResult = { ok: true; bundle: WorkshopBundle; repairs: string[] } | { ok: false; errors: string[] };

export interface RestoreOptions {
  /** Repair dangling references (storage) instead of refusing them (imported files). */
  repair: boolean;
}

const MAX_REPORTED = 8;

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : `${out ? '.' : ''}${String(part)}`;
  return out || '(document)';
}

function capped(lines: string[]): string[] {
  return lines.length > MAX_REPORTED ? [...lines.slice(0, MAX_REPORTED), `… and ${lines.length - MAX_REPORTED} more problems`] : lines;
}

export function describeIssues(error: z.ZodError): string[] {
  const lines = error.issues.slice(0, MAX_REPORTED).map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
  if (error.issues.length > MAX_REPORTED) lines.push(`… and ${error.issues.length - MAX_REPORTED} more problems`);
  return lines;
}

/**
 * The one way in: everything read from storage or from a file passes here before it reaches a store.
 * Checks the shape, then that every reference points at a record of this workshop (the record-kinds table
 * says which fields refer to what, and whether a missing target deletes the record or unlinks it).
 */
export function restoreBundle(input: unknown, options: RestoreOptions): RestoreResult {
  const repairs: string[] = [];
  const parsed = bundleSchema.safeParse(options.repair ? withoutStrayPositions(input, repairs) : input);
  if (!parsed.success) return { ok: false, errors: describeIssues(parsed.error) };
  const bundle = parsed.data as unknown as WorkshopBundle;
  const identity = checkIdentity(bundle);
  if (identity.length) return { ok: false, errors: identity.slice(0, MAX_REPORTED) };

  const problems: string[] = [];
  const workshopId = bundle.workshop.id;
  const alive = new Map<Collection, Set<string>>();
  const lists = bundle as unknown as Record<Collection, AnyRecord[]>;
  for (const c of COLLECTIONS) {
    const kept = lists[c].flatMap((record, index) => {
      const broken = brokenReferences(c, record, (to, id) => alive.get(to as Collection)?.has(id) ?? false, workshopId);
      if (broken.length === 0) return [record];
      for (const b of broken) {
        const path = referencePath(c, index, b);
        if (options.repair) repairs.push(`${path}: ${targetLabel(b)} no longer exists; the reference was removed`);
        else problems.push(`${path}: refers to ${targetLabel(b)}, which is not in the file`);
      }
      const settled = options.repair ? settleRecord(record, broken, record.updatedAt) : record;
      return settled ? [settled] : [];
    });
    const unique = recordKind(c).unique;
    lists[c] = unique ? keepOnePerKey(kept, c, unique, options.repair, problems, repairs) : kept;
    alive.set(c, new Set(lists[c].map((r) => r.id)));
  }
  const nodes = new Set([workshopId, ...(alive.get('partners') ?? [])]);
  bundle.layout = { ...bundle.layout, positions: Object.fromEntries(Object.entries(bundle.layout.positions).filter(([key]) => nodes.has(key))) };

  if (problems.length) return { ok: false, errors: capped(problems) };
  return { ok: true, bundle, repairs };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Map positions were only checked to be finite before they were bounded: a stored one out of bounds is
 * dropped (the partner goes back to its automatic place) instead of making the whole workshop unreadable.
 */
function withoutStrayPositions(input: unknown, repairs: string[]): unknown {
  if (!isObject(input) || !isObject(input.layout) || !isObject(input.layout.positions)) return input;
  const entries = Object.entries(input.layout.positions);
  const kept = entries.filter(([key, point]) => {
    if (mapPointSchema.safeParse(point).success) return true;
    repairs.push(`layout.positions.${key}: out of bounds; the partner is placed automatically again`);
    return false;
  });
  return kept.length === entries.length ? input : { ...input, layout: { ...input.layout, positions: Object.fromEntries(kept) } };
}

/** Every id once in the whole workshop, and every record the workshop's own. */
function checkIdentity(bundle: WorkshopBundle): string[] {
  const problems: string[] = [];
  const workshopId = bundle.workshop.id;
  const seen = new Set<string>([workshopId]);
  for (const c of COLLECTIONS) {
    (bundle[c] as AnyRecord[]).forEach((record, index) => {
      if (seen.has(record.id)) problems.push(`${c}[${index}].id: "${record.id}" is used twice`);
      seen.add(record.id);
      if (record.workshopId !== workshopId) problems.push(`${c}[${index}].workshopId: does not match the workshop`);
    });
  }
  if (bundle.layout.workshopId !== workshopId) problems.push('layout.workshopId: does not match the workshop');
  return problems;
}

/** Two records with one key: strict mode reports them, repair keeps the most recently updated one. */
function keepOnePerKey(records: AnyRecord[], collection: Collection, unique: UniqueKey, repair: boolean, problems: string[], repairs: string[]): AnyRecord[] {
  const newest = new Map<string, AnyRecord>();
  records.forEach((record, index) => {
    const key = unique.key(record);
    const other = newest.get(key);
    if (!other) return newest.set(key, record);
    if (!repair) return problems.push(unique.duplicate(`${collection}[${index}]`, key));
    repairs.push(`${collection}[${index}]: a second record for the same ${unique.what}; the older one was dropped`);
    if (Date.parse(record.updatedAt) >= Date.parse(other.updatedAt)) newest.set(key, record);
  });
  return repair ? records.filter((record) => newest.get(unique.key(record)) === record) : records;
}
