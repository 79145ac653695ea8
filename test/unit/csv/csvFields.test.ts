import { describe, expect, it } from 'vitest';
import { guessMapping } from '../../../src/domain/csvFields';
import { CSV_EXPORT_HEADERS } from '../../../src/domain/csvExport';

describe('guessMapping', () => {
  it('maps a Salesforce-style export', () => {
    const headers = ['Account ID', 'Account Name', 'Partner Type', 'Partner Tier', 'Account Owner', 'Status', 'Strategic Alignment', 'Description'];
    const m = guessMapping(headers);
    expect(m).toMatchObject({ name: 1, type: 2, tier: 3, owner: 4, status: 5, alignment: 6, notes: 7 });
    expect(m.execution).toBeNull();
    expect(m.culture).toBeNull();
  });

  it('maps a HubSpot-style export with odd spacing and case', () => {
    const m = guessMapping(['Company name', ' TYPE ', 'Lifecycle Stage', 'Tier level (custom)', 'Tags', 'Cultural Fit', 'Execution']);
    expect(m).toMatchObject({ name: 0, type: 1, status: 2, tier: 3, tags: 4, culture: 5, execution: 6 });
  });

  it('uses each column at most once and leaves unknown headers unmapped', () => {
    const m = guessMapping(['Company', 'Name', 'Revenue', 'Alignment']);
    expect(m.name).toBe(1);
    expect(m.alignment).toBe(3);
    expect(Object.values(m).filter((v) => v === 0)).toEqual([]);
    expect(Object.values(m).filter((v) => v === 2)).toEqual([]);
  });

  it('maps every field of its own export and ignores the computed columns', () => {
    const m = guessMapping([...CSV_EXPORT_HEADERS]);
    const index = (h: string) => CSV_EXPORT_HEADERS.indexOf(h as (typeof CSV_EXPORT_HEADERS)[number]);
    expect(m).toEqual({
      name: index('Name'),
      type: index('Type'),
      tier: index('Tier'),
      status: index('Status'),
      objective: index('Objective'),
      owner: index('Owner'),
      tags: index('Tags'),
      notes: index('Notes'),
      alignment: index('Strategic alignment'),
      execution: index('Execution capability'),
      culture: index('Cultural fit'),
      nextReview: index('Next review'),
    });
  });

  it('leaves headers it does not know unmapped rather than guessing', () => {
    expect(Object.values(guessMapping(['Umsatz', 'Typ', '売上', 'Total score', 'Partner ID'])).every((v) => v === null)).toBe(true);
  });
});
