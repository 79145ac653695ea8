/** The partner fields a CSV column can fill, in the order the mapping form shows them. */
export const CSV_FIELDS = ['name', 'type', 'tier', 'status', 'objective', 'owner', 'tags', 'notes', 'alignment', 'execution', 'culture', 'nextReview'] as const;
export type CsvField = (typeof CSV_FIELDS)[number];

export const CSV_FIELD_LABELS: Record<CsvField, string> = {
  name: 'Name',
  type: 'Type',
  tier: 'Tier',
  status: 'Status',
  objective: 'Objective',
  owner: 'Owner',
  tags: 'Tags',
  notes: 'Notes',
  alignment: 'Strategic alignment',
  execution: 'Execution capability',
  culture: 'Cultural fit',
  nextReview: 'Next review',
};

/** Field → the CSV column index that fills it, or null when no column does. */
export type CsvMapping = Record<CsvField, number | null>;

/** Header names CRMs (Salesforce, HubSpot, Pipedrive, Dynamics…) use, normalised: lower case, letters and digits only. */
const HEADER_GUESSES: Record<CsvField, string[]> = {
  name: ['name', 'partner', 'partnername', 'company', 'companyname', 'account', 'accountname', 'organisation', 'organization', 'organisationname', 'organizationname', 'firm', 'business', 'businessname'],
  type: ['type', 'partnertype', 'partnershiptype', 'accounttype', 'category', 'partnercategory', 'kind', 'programtype', 'segment'],
  tier: ['tier', 'partnertier', 'tiername', 'level', 'partnerlevel', 'programlevel', 'programtier'],
  status: ['status', 'partnerstatus', 'accountstatus', 'stage', 'lifecyclestage', 'partnerstage', 'relationshipstatus'],
  objective: ['objective', 'businessobjective', 'goal', 'strategicobjective'],
  owner: ['owner', 'accountowner', 'partnerowner', 'partnermanager', 'channelmanager', 'accountmanager', 'manager', 'contactowner', 'relationshipowner', 'pam'],
  tags: ['tags', 'tag', 'labels', 'label', 'keywords'],
  notes: ['notes', 'note', 'description', 'comments', 'comment', 'remarks', 'accountdescription'],
  alignment: ['alignment', 'strategicalignment', 'alignmentscore', 'strategicfit'],
  execution: ['execution', 'executioncapability', 'executionscore', 'capability'],
  culture: ['culture', 'culturalfit', 'culturefit', 'culturescore'],
  nextReview: ['nextreview', 'reviewdate', 'nextreviewdate', 'nextqbr', 'nextmeeting'],
};

export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** An empty mapping: every field unmapped. */
export function emptyMapping(): CsvMapping {
  return Object.fromEntries(CSV_FIELDS.map((f) => [f, null])) as CsvMapping;
}

/**
 * Guesses which column fills which field from the header names: exact synonyms first, then a header that
 * contains a synonym ("Partner Type (custom)"). Each column fills at most one field.
 */
export function guessMapping(headers: readonly string[]): CsvMapping {
  const mapping = emptyMapping();
  const normalised = headers.map(normaliseHeader);
  const used = new Set<number>();
  const claim = (field: CsvField, match: (header: string, guess: string) => boolean) => {
    if (mapping[field] !== null) return;
    for (const guess of HEADER_GUESSES[field]) {
      const index = normalised.findIndex((h, i) => !used.has(i) && h !== '' && match(h, guess));
      if (index >= 0) {
        mapping[field] = index;
        used.add(index);
        return;
      }
    }
  };
  for (const field of CSV_FIELDS) claim(field, (h, g) => h === g);
  // A header that starts with a synonym ("Tier level (custom)"), or holds a longer one ("Primary partner type");
  // never IDs or computed totals.
  const loose = (h: string, g: string) => (h.startsWith(g) || (g.length >= 6 && h.includes(g))) && !/(id|total|totalscore)$/.test(h);
  for (const field of CSV_FIELDS) claim(field, loose);
  return mapping;
}
