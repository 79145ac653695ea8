import { describe, expect, it } from 'vitest';
import { newId } from '../../../src/domain/ids';
import { toEntities } from '../../../src/domain/bundle';
import { CSV_EXPORT_HEADERS, csvCell, guardFormula, portfolioToCsv } from '../../../src/domain/csvExport';
import { guessMapping } from '../../../src/domain/csvFields';
import { DEFAULT_CSV_DEFAULTS, planCsvImport } from '../../../src/domain/csvImport';
import { parseCsv } from '../../../src/domain/csvParse';
import { createWorkshopBundle } from '../../../src/domain/factories';
import type { Partner } from '../../../src/domain/records';
import { AT, example, partnerNamed } from '../partners/helpers';

describe('CSV export', () => {
  it('guards cells a spreadsheet would run as formulas', () => {
    for (const text of ['=1+1', '+49 30 1234', '-2', '@SUM(A1)', '\tx', '\rx']) expect(guardFormula(text)).toBe(`'${text}`);
    for (const text of ['Acme', '1', "'quoted", ' =spaced', '']) expect(guardFormula(text)).toBe(text);
  });

  it('quotes commas, quotes, newlines and edge spaces', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell(' padded')).toBe('" padded"');
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('Łódź 会社 🙂')).toBe('Łódź 会社 🙂');
  });

  it('writes a BOM, a header and one CRLF row per partner with tier name, total score and noise', () => {
    const entities = example();
    const csv = portfolioToCsv(entities);
    expect(csv.startsWith('\uFEFFName,Type,Tier,')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe(CSV_EXPORT_HEADERS.join(','));
    expect(lines).toHaveLength(1 + Object.keys(entities.partners).length);
    const parsed = parseCsv(csv);
    if (!parsed.ok) throw new Error(parsed.error);
    const helios = partnerNamed(entities, 'Helix CRM');
    const row = parsed.table.rows.find((r) => r[0] === 'Helix CRM')!;
    const col = (h: string) => row[parsed.table.headers.indexOf(h)];
    expect(col('Tier')).toBe(entities.tiers[helios.tierId!]!.name);
    expect(col('Type')).toBe('Technology');
    expect(col('Partnerscape ID')).toBe(helios.id);
    expect(Number(col('Total score'))).toBeGreaterThanOrEqual(1);
    expect(parsed.table.rows.some((r) => r[parsed.table.headers.indexOf('Noise')] !== '')).toBe(true);
  });

  it('round-trips every partner field through export and import', () => {
    const source = example();
    const first = Object.values(source.partners)[0]!;
    const awkward: Partner = {
      ...first,
      id: newId(),
      name: '=cmd|"/c calc"!A1 — Łódź, 会社',
      notes: '- first line\n"second", line\n🙂',
      tags: ['emea', 'عربي'],
      owner: '@ana',
      nextReview: '2027-01-15',
      objective: null,
      status: 'at-risk',
    };
    const entities = { ...source, partners: { ...source.partners, [awkward.id]: awkward } };
    const parsed = parseCsv(portfolioToCsv(entities));
    if (!parsed.ok) throw new Error(parsed.error);

    const fresh = toEntities(createWorkshopBundle({ title: 'Copy', organisation: '', date: '', objectives: [] }, AT));
    const target = { ...fresh, tiers: Object.fromEntries(Object.values(source.tiers).map((t) => [t.id, { ...t, workshopId: fresh.workshop.id }])) };
    const plan = planCsvImport(parsed.table, guessMapping(parsed.table.headers), DEFAULT_CSV_DEFAULTS, target, AT);
    expect(plan.errors).toEqual([]);
    const strip = ({ id: _id, createdAt: _c, updatedAt: _u, workshopId: _w, ...rest }: Partner) => rest;
    const byName = (list: Partner[]) => [...list].sort((a, b) => (a.name < b.name ? -1 : 1)).map(strip);
    expect(byName(plan.partners)).toEqual(byName(Object.values(entities.partners)));
  });
});
