import { describe, expect, it } from 'vitest';
import { parseImportFile, serializeBackup, serializeWorkshop } from '../../../src/domain';
import { FIXED_AT, fixedBlank, fixedExample } from '../../fixtures/bundles';

describe('import files', () => {
  it('reads a backup of several workshops back whole', () => {
    const bundles = [fixedExample('a'), fixedBlank('b')];
    const result = parseImportFile(serializeBackup(bundles, FIXED_AT));
    expect(result).toEqual({ ok: true, bundles });
  });

  it('refuses the whole backup when one workshop in it is broken, and says which', () => {
    const text = serializeBackup([fixedExample('a'), fixedBlank('b')], FIXED_AT).replace('"title":"Blank workshop"', '"title":""');
    const result = parseImportFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(/^workshops\[1\] workshop\.title/);
  });

  it('reads a single workshop file, also with a byte-order mark', () => {
    const bundle = fixedExample('c');
    expect(parseImportFile(`\uFEFF${serializeWorkshop(bundle, FIXED_AT)}`)).toEqual({ ok: true, bundles: [bundle] });
  });

  it('refuses a backup whose workshops are not a list', () => {
    expect(parseImportFile(JSON.stringify({ format: 'partnerscape-backup', version: 1, workshops: {} }))).toEqual({
      ok: false,
      errors: ['workshops: expected a list of at most 500 workshops.'],
    });
  });
});
