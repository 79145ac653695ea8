import type { WorkshopEntities } from './bundle';
import { CSV_FIELD_LABELS, type CsvField, type CsvMapping } from './csvFields';
import type { CsvTable } from './csvParse';
import { dateFromText, objectiveFromText, scoreFromText, statusFromText, tierFromText, typeFromText, unguardCell } from './csvValues';
import { newId, nowIso } from './ids';
import { objectiveForType, parseTags } from './portfolioDraft';
import { LIMITS, PARTNER_STATUSES, partnerSchema, type Partner, type PartnerStatus, type PartnerType } from './records';

/** What to use when a cell is empty or names no known value; `null` = report the row. */
export interface CsvImportDefaults {
  type: PartnerType | null;
  status: PartnerStatus | null;
  /** A tier id, `''` for "no tier", or null to report unknown tier names. */
  tier: string | null;
}

export const DEFAULT_CSV_DEFAULTS: CsvImportDefaults = { type: null, status: null, tier: null };

export interface CsvRowError {
  /** As in a spreadsheet: the header is row 1, the first partner row 2. */
  row: number;
  field: string;
  message: string;
}

export interface CsvImportPlan {
  partners: Partner[];
  errors: CsvRowError[];
  /** Rows with at least one error, skipped on import. */
  skippedRows: number[];
}

type Context = Pick<WorkshopEntities, 'workshop' | 'tiers' | 'partners'>;

const quoted = (text: string) => `“${text.length > 60 ? `${text.slice(0, 60)}…` : text}”`;

function cellOf(row: readonly string[], mapping: CsvMapping, field: CsvField): string {
  const index = mapping[field];
  return index === null ? '' : unguardCell((row[index] ?? '').trim());
}

/** Turns one CSV row into a partner, or says what is wrong with it, field by field. */
function rowToPartner(row: readonly string[], mapping: CsvMapping, defaults: CsvImportDefaults, context: Context, at: string): { partner?: Partner; errors: { field: CsvField; message: string }[] } {
  const errors: { field: CsvField; message: string }[] = [];
  const fail = (field: CsvField, message: string) => errors.push({ field, message });
  const cell = (field: CsvField) => cellOf(row, mapping, field);
  const tiers = Object.values(context.tiers).sort((a, b) => a.order - b.order);

  const name = cell('name');
  if (!name) fail('name', mapping.name === null ? 'No column is mapped to Name.' : 'The name is empty.');
  else if (name.length > LIMITS.shortText) fail('name', `The name is longer than ${LIMITS.shortText} characters.`);

  const typeText = cell('type');
  const type = (typeText ? typeFromText(typeText) : undefined) ?? defaults.type;
  if (!type) {
    fail('type', typeText ? `Unknown type ${quoted(typeText)}: use channel, technology or innovation, or choose a default type.` : 'No type given: map a Type column or choose a default type.');
  }

  const statusText = cell('status');
  const status = statusText ? (statusFromText(statusText) ?? defaults.status) : (defaults.status ?? 'prospect');
  if (!status) fail('status', `Unknown status ${quoted(statusText)}: use ${PARTNER_STATUSES.join(', ')}, or choose a default status.`);

  const tierText = cell('tier');
  let tierId: string | null = null;
  if (tierText) {
    const tier = tierFromText(tierText, tiers);
    if (tier) tierId = tier.id;
    else if (defaults.tier !== null) tierId = defaults.tier || null;
    else fail('tier', `Unknown tier ${quoted(tierText)}: the tiers are ${tiers.map((t) => t.name).join(', ') || 'not set up yet'}; choose a default tier or add the tier first.`);
  } else if (defaults.tier) tierId = defaults.tier;

  const objectiveText = cell('objective');
  const objective = objectiveText ? objectiveFromText(objectiveText) : type ? objectiveForType(type) : null;
  if (objective === undefined) fail('objective', `Unknown objective ${quoted(objectiveText)}: use market expansion, platform differentiation, innovation velocity or none.`);

  const scores = { alignment: 3, execution: 3, culture: 3 };
  for (const field of ['alignment', 'execution', 'culture'] as const) {
    const text = cell(field);
    if (!text) continue;
    const value = scoreFromText(text);
    if (value === undefined) fail(field, `${quoted(text)} is not a whole number from 1 to 5.`);
    else scores[field] = value;
  }

  const reviewText = cell('nextReview');
  const nextReview = reviewText ? dateFromText(reviewText) : '';
  if (nextReview === undefined) fail('nextReview', `${quoted(reviewText)} is not a date like 2026-11-25.`);

  const owner = cell('owner');
  if (owner.length > LIMITS.shortText) fail('owner', `The owner is longer than ${LIMITS.shortText} characters.`);
  const notes = cell('notes');
  if (notes.length > LIMITS.longText) fail('notes', `The notes are longer than ${LIMITS.longText.toLocaleString('en')} characters.`);
  const tags = parseTags(cell('tags'));
  if (tags.length > LIMITS.listItems || tags.some((t) => t.length > LIMITS.shortText)) fail('tags', `At most ${LIMITS.listItems} tags of up to ${LIMITS.shortText} characters each.`);

  if (errors.length > 0 || !type || !status || objective === undefined || nextReview === undefined) return { errors };
  const candidate: Partner = {
    id: newId(),
    workshopId: context.workshop.id,
    createdAt: at,
    updatedAt: at,
    rev: 0,
    name,
    type,
    tierId,
    status,
    objective,
    owner,
    tags,
    notes,
    scores,
    nextReview,
  };
  const checked = partnerSchema.safeParse(candidate);
  if (!checked.success) return { errors: [{ field: 'name', message: checked.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ') }] };
  return { partner: checked.data, errors };
}

/** Every row checked against the mapping: the partners to add, and each problem with its row and field. */
export function planCsvImport(table: CsvTable, mapping: CsvMapping, defaults: CsvImportDefaults, context: Context, at: string = nowIso()): CsvImportPlan {
  const partners: Partner[] = [];
  const errors: CsvRowError[] = [];
  const skippedRows: number[] = [];
  const taken = new Map(Object.values(context.partners).map((p) => [p.name.trim().toLocaleLowerCase(), 'portfolio']));
  table.rows.forEach((cells, index) => {
    const row = index + 2;
    const result = rowToPartner(cells, mapping, defaults, context, at);
    const rowErrors = result.errors.map((e) => ({ row, field: CSV_FIELD_LABELS[e.field], message: e.message }));
    const key = result.partner?.name.trim().toLocaleLowerCase();
    const clash = key === undefined ? undefined : taken.get(key);
    if (clash) rowErrors.push({ row, field: CSV_FIELD_LABELS.name, message: clash === 'portfolio' ? 'A partner with this name is already in the portfolio.' : `The same name is already on ${clash}.` });
    if (result.partner && rowErrors.length === 0) {
      partners.push(result.partner);
      taken.set(key!, `row ${row}`);
    } else {
      errors.push(...rowErrors);
      skippedRows.push(row);
    }
  });
  return { partners, errors, skippedRows };
}
