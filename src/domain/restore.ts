import { z } from 'zod';
import type { WorkshopBundle } from './bundle';
import {
  canvasSchema,
  insightSchema,
  mapEdgeSchema,
  mapLayoutSchema,
  metricEntrySchema,
  noteSchema,
  partnerEnablementSchema,
  partnerSchema,
  tierSchema,
  workshopSchema,
} from './records';

export const RECORD_LIMITS = { tiers: 50, partners: 10_000, canvases: 1_000, notes: 50_000, edges: 50_000, insights: 20_000, enablement: 10_000, metrics: 200_000 };

export const bundleSchema = z.object({
  workshop: workshopSchema,
  tiers: z.array(tierSchema).max(RECORD_LIMITS.tiers),
  partners: z.array(partnerSchema).max(RECORD_LIMITS.partners),
  canvases: z.array(canvasSchema).max(RECORD_LIMITS.canvases),
  notes: z.array(noteSchema).max(RECORD_LIMITS.notes),
  edges: z.array(mapEdgeSchema).max(RECORD_LIMITS.edges),
  insights: z.array(insightSchema).max(RECORD_LIMITS.insights),
  // Added in schema 2: files and stores written before it have none.
  enablement: z.array(partnerEnablementSchema).max(RECORD_LIMITS.enablement).default([]),
  metrics: z.array(metricEntrySchema).max(RECORD_LIMITS.metrics).default([]),
  layout: mapLayoutSchema,
});

export type RestoreResult =
  | { ok: true; bundle: WorkshopBundle; repairs: string[] }
  | { ok: false; errors: string[] };

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

export function describeIssues(error: z.ZodError): string[] {
  const lines = error.issues.slice(0, MAX_REPORTED).map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
  if (error.issues.length > MAX_REPORTED) lines.push(`… and ${error.issues.length - MAX_REPORTED} more problems`);
  return lines;
}

/**
 * The one way in: everything read from storage or from a file passes here before it reaches a store.
 * Checks the shape, then that every reference points at a record of this workshop.
 */
export function restoreBundle(input: unknown, options: RestoreOptions): RestoreResult {
  const parsed = bundleSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: describeIssues(parsed.error) };
  const bundle = parsed.data as WorkshopBundle;
  const problems: string[] = [];
  const repairs: string[] = [];
  const workshopId = bundle.workshop.id;

  const seen = new Set<string>([workshopId]);
  const collections = ['tiers', 'partners', 'canvases', 'notes', 'edges', 'insights', 'enablement', 'metrics'] as const;
  for (const name of collections) {
    bundle[name].forEach((record, index) => {
      if (seen.has(record.id)) problems.push(`${name}[${index}].id: "${record.id}" is used twice`);
      seen.add(record.id);
      if (record.workshopId !== workshopId) problems.push(`${name}[${index}].workshopId: does not match the workshop`);
    });
  }
  if (bundle.layout.workshopId !== workshopId) problems.push('layout.workshopId: does not match the workshop');
  if (problems.length) return { ok: false, errors: problems.slice(0, MAX_REPORTED) };

  const tierIds = new Set(bundle.tiers.map((t) => t.id));
  const partnerIds = new Set(bundle.partners.map((p) => p.id));
  const canvasIds = new Set(bundle.canvases.map((c) => c.id));
  const nodeIds = new Set([workshopId, ...partnerIds]);

  const dangling = (where: string, what: string, fix: () => void) => {
    if (options.repair) {
      fix();
      repairs.push(`${where}: ${what} no longer exists; the reference was removed`);
    } else problems.push(`${where}: refers to ${what}, which is not in the file`);
  };

  bundle.partners = bundle.partners.map((partner, i) => {
    if (partner.tierId === null || tierIds.has(partner.tierId)) return partner;
    let fixed = partner;
    dangling(`partners[${i}].tierId`, `tier "${partner.tierId}"`, () => (fixed = { ...partner, tierId: null }));
    return fixed;
  });
  bundle.canvases = bundle.canvases.map((canvas, i) => {
    if (canvas.partnerId === null || partnerIds.has(canvas.partnerId)) return canvas;
    let fixed = canvas;
    dangling(`canvases[${i}].partnerId`, `partner "${canvas.partnerId}"`, () => (fixed = { ...canvas, partnerId: null }));
    return fixed;
  });
  bundle.insights = bundle.insights.map((insight, i) => {
    if (insight.partnerId === null || partnerIds.has(insight.partnerId)) return insight;
    let fixed = insight;
    dangling(`insights[${i}].partnerId`, `partner "${insight.partnerId}"`, () => (fixed = { ...insight, partnerId: null }));
    return fixed;
  });
  const keptNotes = bundle.notes.filter((note, i) => {
    if (canvasIds.has(note.canvasId)) return true;
    let keep = true;
    dangling(`notes[${i}].canvasId`, `canvas "${note.canvasId}"`, () => (keep = false));
    return keep;
  });
  bundle.notes = keptNotes;
  bundle.edges = bundle.edges.filter((edge, i) => {
    if (nodeIds.has(edge.from) && nodeIds.has(edge.to)) return true;
    let keep = true;
    dangling(`edges[${i}]`, `partner "${nodeIds.has(edge.from) ? edge.to : edge.from}"`, () => (keep = false));
    return keep;
  });
  bundle.enablement = keepOnePerKey(
    bundle.enablement,
    'enablement',
    (e) => e.partnerId,
    partnerIds,
    dangling,
    (i, key) => problems.push(`enablement[${i}].partnerId: partner "${key}" has a second enablement plan`),
    options.repair,
    repairs,
  );
  bundle.metrics = keepOnePerKey(
    bundle.metrics,
    'metrics',
    (m) => `${m.partnerId}|${m.period}`,
    partnerIds,
    dangling,
    (i, key) => problems.push(`metrics[${i}]: partner and period "${key.replace('|', ' ')}" are entered twice`),
    options.repair,
    repairs,
  );
  const positions = Object.fromEntries(Object.entries(bundle.layout.positions).filter(([key]) => nodeIds.has(key)));
  bundle.layout = { ...bundle.layout, positions };

  if (problems.length) {
    const extra = problems.length > MAX_REPORTED ? [`… and ${problems.length - MAX_REPORTED} more problems`] : [];
    return { ok: false, errors: [...problems.slice(0, MAX_REPORTED), ...extra] };
  }
  return { ok: true, bundle, repairs };
}

/**
 * Drops records whose partner is gone (through `dangling`) and duplicates of one key (partner, or
 * partner + period): repair keeps the most recently updated one, strict mode reports them.
 */
function keepOnePerKey<T extends { partnerId: string; updatedAt: string }>(
  records: T[],
  name: string,
  keyOf: (record: T) => string,
  partnerIds: ReadonlySet<string>,
  dangling: (where: string, what: string, fix: () => void) => void,
  duplicate: (index: number, key: string) => void,
  repair: boolean,
  repairs: string[],
): T[] {
  const newest = new Map<string, T>();
  const alive = records.filter((record, i) => {
    if (!partnerIds.has(record.partnerId)) {
      let keep = true;
      dangling(`${name}[${i}].partnerId`, `partner "${record.partnerId}"`, () => (keep = false));
      return keep;
    }
    const key = keyOf(record);
    const other = newest.get(key);
    if (!other) newest.set(key, record);
    else if (!repair) duplicate(i, key);
    else {
      repairs.push(`${name}[${i}]: a second record for the same ${key.includes('|') ? 'partner and period' : 'partner'}; the older one was dropped`);
      if (Date.parse(record.updatedAt) >= Date.parse(other.updatedAt)) newest.set(key, record);
    }
    return true;
  });
  return repair ? alive.filter((record) => newest.get(keyOf(record)) === record) : alive;
}
