import { describe, expect, it } from 'vitest';
import { CSV_LIMITS, parseCsv, type CsvTable } from '../../../src/domain/csvParse';

function table(text: string): CsvTable {
  const result = parseCsv(text);
  if (!result.ok) throw new Error(result.error);
  return result.table;
}

describe('parseCsv', () => {
  it('reads comma-separated text with a byte-order mark and CRLF lines', () => {
    const t = table('\uFEFFCompany,Partner Type\r\nAcme,Reseller\r\n');
    expect(t.headers).toEqual(['Company', 'Partner Type']);
    expect(t.rows).toEqual([['Acme', 'Reseller']]);
    expect(t.delimiter).toBe(',');
  });

  it('detects semicolons (European Excel) even when cells hold commas', () => {
    const t = table('Account Name;Notes\n"Müller, GmbH";a, b, c\nΑθήνα ΑΕ;ok\n');
    expect(t.delimiter).toBe(';');
    expect(t.rows).toEqual([
      ['Müller, GmbH', 'a, b, c'],
      ['Αθήνα ΑΕ', 'ok'],
    ]);
  });

  it('keeps quoted newlines and doubled quotes inside one cell', () => {
    const t = table('Name,Notes\n"Wisła ""Data""","line one\nline two"\nOsaka 株式会社,🙂\n');
    expect(t.rows[0]).toEqual(['Wisła "Data"', 'line one\nline two']);
    expect(t.rows[1]).toEqual(['Osaka 株式会社', '🙂']);
  });

  it('reads tab-separated and Arabic text', () => {
    const t = table('Name\tTier\nشركة الشرق\tCore\n');
    expect(t.delimiter).toBe('\t');
    expect(t.rows[0]).toEqual(['شركة الشرق', 'Core']);
  });

  it('skips blank lines, pads short rows and names blank or repeated headers', () => {
    const t = table('Name,,Name\n\nA\n,,\nB,x,y,extra\n');
    expect(t.headers).toEqual(['Name', 'Column 2', 'Name (2)', 'Column 4']);
    expect(t.rows).toEqual([
      ['A', '', '', ''],
      ['B', 'x', 'y', 'extra'],
    ]);
  });

  it.each([
    ['', 'The file is empty.'],
    ['\uFEFF\n\n', 'The file is empty.'],
    ['Name,Type\n', 'The file has a header row but no partner rows.'],
    ['Name,Notes\nA,"never closed\n', 'A quoted cell is never closed'],
    ['PK\u0003\u0004\u0000\u0000binary', 'This is not a text file'],
  ])('refuses %j with a clear message', (text, message) => {
    const result = parseCsv(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(message);
  });

  it('accepts exactly the row limit and refuses one row more', () => {
    const rows = (n: number) => `Name\n${Array.from({ length: n }, (_, i) => `P${i}`).join('\n')}\n`;
    const atLimit = parseCsv(rows(CSV_LIMITS.maxRows));
    expect(atLimit.ok && atLimit.table.rows.length).toBe(CSV_LIMITS.maxRows);
    const over = parseCsv(rows(CSV_LIMITS.maxRows + 1));
    expect(over.ok).toBe(false);
    if (!over.ok) expect(over.error).toBe('The file has more than 10,000 rows; split it into smaller files.');
  });

  it('refuses files over 10 MB before parsing them', () => {
    const big = `Name,Notes\n${'A,'.padEnd(1000, 'x')}\n`.repeat(11_000);
    const result = parseCsv(big);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^The file is 10\.\d MB; partner CSV files can be at most 10\.0 MB\.$/);
  });
});
