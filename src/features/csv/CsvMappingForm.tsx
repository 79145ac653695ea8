import { CSV_FIELD_LABELS, CSV_FIELDS, PARTNER_STATUS_LABELS, PARTNER_STATUSES, PARTNER_TYPE_LABELS, PARTNER_TYPES, type CsvField, type CsvImportDefaults, type CsvMapping, type PartnerStatus, type PartnerType, type Tier } from '../../domain';

interface Props {
  headers: readonly string[];
  mapping: CsvMapping;
  onMapping: (mapping: CsvMapping) => void;
  defaults: CsvImportDefaults;
  onDefaults: (defaults: CsvImportDefaults) => void;
  tiers: readonly Tier[];
}

const NOT_IMPORTED = '';
const SHOW_ERROR = '__error__';
const NO_TIER = '__none__';

const FIELD_HINTS: Partial<Record<CsvField, string>> = {
  type: 'Channel, technology or innovation (reseller, distributor, referral… count as channel)',
  alignment: '1–5; 3 when empty',
  execution: '1–5; 3 when empty',
  culture: '1–5; 3 when empty',
  objective: 'From the type when not imported',
  status: 'Prospect when empty',
};

/** Each Partnerscape field ← one CSV column, and what to use when a value is unknown. */
export function CsvMappingForm({ headers, mapping, onMapping, defaults, onDefaults, tiers }: Props) {
  const setColumn = (field: CsvField, value: string) => onMapping({ ...mapping, [field]: value === NOT_IMPORTED ? null : Number(value) });
  const sortedTiers = [...tiers].sort((a, b) => a.order - b.order);
  return (
    <div className="csv-mapping">
      <fieldset className="csv-fieldset">
        <legend>Columns</legend>
        <div className="csv-mapping-grid">
          {CSV_FIELDS.map((field) => {
            const id = `csv-map-${field}`;
            return (
              <div key={field} className="csv-mapping-row">
                <label htmlFor={id}>{CSV_FIELD_LABELS[field]}</label>
                <span aria-hidden="true" className="csv-arrow">
                  ←
                </span>
                <select
                  id={id}
                  aria-label={`Column for ${CSV_FIELD_LABELS[field]}`}
                  title={FIELD_HINTS[field]}
                  value={mapping[field] === null ? NOT_IMPORTED : String(mapping[field])}
                  onChange={(event) => setColumn(field, event.target.value)}
                >
                  <option value={NOT_IMPORTED}>— not imported —</option>
                  {headers.map((header, index) => (
                    <option key={index} value={String(index)}>
                      {header}
                    </option>
                  ))}
                </select>
              </div>
            );
          })}
        </div>
      </fieldset>
      <fieldset className="csv-fieldset">
        <legend>Unknown or empty values</legend>
        <div className="csv-defaults">
          <label>
            <span>Default type</span>
            <select value={defaults.type ?? SHOW_ERROR} onChange={(e) => onDefaults({ ...defaults, type: e.target.value === SHOW_ERROR ? null : (e.target.value as PartnerType) })}>
              <option value={SHOW_ERROR}>Report the row</option>
              {PARTNER_TYPES.map((t) => (
                <option key={t} value={t}>
                  {PARTNER_TYPE_LABELS[t]}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>Default status</span>
            <select value={defaults.status ?? SHOW_ERROR} onChange={(e) => onDefaults({ ...defaults, status: e.target.value === SHOW_ERROR ? null : (e.target.value as PartnerStatus) })}>
              <option value={SHOW_ERROR}>Report the row (empty = Prospect)</option>
              {PARTNER_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {PARTNER_STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>Default tier</span>
            <select
              value={defaults.tier === null ? SHOW_ERROR : defaults.tier === '' ? NO_TIER : defaults.tier}
              onChange={(e) => onDefaults({ ...defaults, tier: e.target.value === SHOW_ERROR ? null : e.target.value === NO_TIER ? '' : e.target.value })}
            >
              <option value={SHOW_ERROR}>Report the row (empty = no tier)</option>
              <option value={NO_TIER}>No tier</option>
              {sortedTiers.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </label>
        </div>
      </fieldset>
    </div>
  );
}
