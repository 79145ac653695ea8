import { describe, expect, it } from 'vitest';
import { guessMapping } from '../../../src/domain/csvFields';
import { DEFAULT_CSV_DEFAULTS, planCsvImport, type CsvImportDefaults } from '../../../src/domain/csvImport';
import { parseCsv } from '../../../src/domain/csvParse';
import { partnerSchema } from '../../../src/domain/records';
import { AT, example } from '../partners/helpers';

function plan(text: string, defaults: CsvImportDefaults = DEFAULT_CSV_DEFAULTS) {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(parsed.error);
  const entities = example();
  return { entities, result: planCsvImport(parsed.table, guessMapping(parsed.table.headers), defaults, entities, AT) };
}

const tierId = (entities: ReturnType<typeof example>, name: string) => Object.values(entities.tiers).find((t) => t.name === name)!.id;

const CRM = [
  'Account Name;Partner Type;Tier;Status;Account Owner;Strategic Alignment;Execution;Cultural Fit;Tags',
  'Kraków Resellers;Reseller;Core;Active;Ana;4;5;3;"emea, smb"',
  'Αθήνα Integrations;ISV;Strategic;Onboarding;;5;;;',
  'Osaka Labs 株式会社;R&D;Tier 1;at risk;;;;;',
  ';Channel;Core;Active;;;;;',
  'Mystery Co;Wholesale club;Core;Active;;;;;',
  'Gold Partner Ltd;Technology;Gold;Active;;;;;',
  'Bad Score Inc;Technology;Core;Active;;7;four;;',
].join('\n');

describe('planCsvImport', () => {
  it('turns good rows into valid partners and maps types, tiers, statuses and scores', () => {
    const { entities, result } = plan(CRM);
    expect(result.partners.map((p) => p.name)).toEqual(['Kraków Resellers', 'Αθήνα Integrations', 'Osaka Labs 株式会社']);
    const [krakow, athens, osaka] = result.partners;
    expect(krakow).toMatchObject({ type: 'channel', status: 'active', owner: 'Ana', tags: ['emea', 'smb'], scores: { alignment: 4, execution: 5, culture: 3 } });
    expect(krakow!.tierId).toBe(tierId(entities, 'Core'));
    expect(krakow!.objective).toBe('market-expansion');
    expect(athens).toMatchObject({ type: 'technology', status: 'onboarding', scores: { alignment: 5, execution: 3, culture: 3 } });
    expect(osaka).toMatchObject({ type: 'innovation', status: 'at-risk', tierId: tierId(entities, 'Strategic') });
    for (const p of result.partners) {
      expect(partnerSchema.safeParse(p).success).toBe(true);
      expect(p.workshopId).toBe(entities.workshop.id);
    }
  });

  it('reports each bad row with its spreadsheet row number, field and a helpful message', () => {
    const { result } = plan(CRM);
    expect(result.skippedRows).toEqual([5, 6, 7, 8]);
    expect(result.errors).toEqual([
      { row: 5, field: 'Name', message: 'The name is empty.' },
      { row: 6, field: 'Type', message: 'Unknown type “Wholesale club”: use channel, technology or innovation, or choose a default type.' },
      { row: 7, field: 'Tier', message: 'Unknown tier “Gold”: the tiers are Strategic, Core, Transactional; choose a default tier or add the tier first.' },
      { row: 8, field: 'Strategic alignment', message: '“7” is not a whole number from 1 to 5.' },
      { row: 8, field: 'Execution capability', message: '“four” is not a whole number from 1 to 5.' },
    ]);
  });

  it('uses the chosen defaults for unknown types and tiers', () => {
    const { entities, result } = plan(CRM, { type: 'channel', status: null, tier: '' });
    const mystery = result.partners.find((p) => p.name === 'Mystery Co');
    expect(mystery).toMatchObject({ type: 'channel', tierId: tierId(entities, 'Core') });
    expect(result.partners.find((p) => p.name === 'Gold Partner Ltd')?.tierId).toBeNull();
    expect(result.skippedRows).toEqual([5, 8]);
  });

  it('needs a type column or a default type', () => {
    const { result } = plan('Company\nAcme\n');
    expect(result.errors).toEqual([{ row: 2, field: 'Type', message: 'No type given: map a Type column or choose a default type.' }]);
    expect(plan('Company\nAcme\n', { ...DEFAULT_CSV_DEFAULTS, type: 'technology' }).result.partners[0]).toMatchObject({
      type: 'technology',
      status: 'prospect',
      tierId: null,
      objective: 'platform-differentiation',
      scores: { alignment: 3, execution: 3, culture: 3 },
    });
  });

  it('skips names already in the portfolio or earlier in the file', () => {
    const { result } = plan('Name,Type\nHelix CRM,technology\nNew One,channel\nnew one ,channel\n');
    expect(result.partners.map((p) => p.name)).toEqual(['New One']);
    expect(result.errors).toEqual([
      { row: 2, field: 'Name', message: 'A partner with this name is already in the portfolio.' },
      { row: 4, field: 'Name', message: 'The same name is already on row 3.' },
    ]);
  });

  it('checks lengths, dates, objectives and statuses', () => {
    const long = 'x'.repeat(201);
    const { result } = plan(`Name,Type,Next review,Objective,Status\n${long},channel,,,\nA,channel,25/12/2026,,\nB,channel,2026-12-01T09:00:00Z,world peace,\nC,channel,,none,frozen\n`);
    expect(result.errors.map((e) => `${e.row} ${e.field}: ${e.message}`)).toEqual([
      '2 Name: The name is longer than 200 characters.',
      '3 Next review: “25/12/2026” is not a date like 2026-11-25.',
      '4 Objective: Unknown objective “world peace”: use market expansion, platform differentiation, innovation velocity or none.',
      '5 Status: Unknown status “frozen”: use prospect, onboarding, active, at-risk, retired, or choose a default status.',
    ]);
  });

  it('reads back cells the export guarded against formulas', () => {
    const { result } = plan("Name,Type,Notes\n'=Evil Corp,channel,'-- careful\n");
    expect(result.partners[0]).toMatchObject({ name: '=Evil Corp', notes: '-- careful' });
  });
});
