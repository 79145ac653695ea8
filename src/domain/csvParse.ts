import Papa from 'papaparse';

/** What a partner CSV may hold before it is refused outright. */
export const CSV_LIMITS = { maxBytes: 10 * 1024 * 1024, maxRows: 10_000 } as const;

export interface CsvTable {
  /** Column names as shown (trimmed; blank ones named "Column N"; repeats numbered). */
  headers: string[];
  /** Data rows, each as long as `headers` (missing cells are ''). */
  rows: string[][];
  delimiter: string;
}

export type CsvParseResult = { ok: true; table: CsvTable } | { ok: false; error: string };

const BOM = '\uFEFF';

export function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function uniqueHeaders(raw: string[]): string[] {
  const seen = new Map<string, number>();
  return raw.map((cell, i) => {
    const base = cell.trim() || `Column ${i + 1}`;
    const count = (seen.get(base.toLocaleLowerCase()) ?? 0) + 1;
    seen.set(base.toLocaleLowerCase(), count);
    return count === 1 ? base : `${base} (${count})`;
  });
}

const isBlank = (row: string[]) => row.every((cell) => cell.trim() === '');

/**
 * Reads a CRM export: byte-order mark, comma / semicolon / tab / pipe delimiters, quoted cells with
 * newlines and doubled quotes, any script. The first non-blank line is the header.
 */
export function parseCsv(input: string): CsvParseResult {
  const bytes = utf8Bytes(input);
  if (bytes > CSV_LIMITS.maxBytes) {
    return { ok: false, error: `The file is ${megabytes(bytes)}; partner CSV files can be at most ${megabytes(CSV_LIMITS.maxBytes)}.` };
  }
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  if (text.trim() === '') return { ok: false, error: 'The file is empty.' };
  if (text.includes('\u0000')) return { ok: false, error: 'This is not a text file (it holds binary data). Export the list as CSV from your CRM.' };

  const parsed = Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', ';', '\t', '|'],
    // One header row, the row limit, and one more to tell "too many" apart.
    preview: CSV_LIMITS.maxRows + 2,
  });
  const unclosed = parsed.errors.find((e) => e.code === 'MissingQuotes');
  if (unclosed) {
    const where = unclosed.row === undefined ? '' : ` (in row ${unclosed.row + 1})`;
    return { ok: false, error: `A quoted cell is never closed${where}: the file is cut short or not a CSV file.` };
  }
  const lines = parsed.data.filter((row) => !isBlank(row));
  const [headerRow, ...dataRows] = lines;
  if (!headerRow) return { ok: false, error: 'The file is empty.' };
  if (dataRows.length === 0) return { ok: false, error: 'The file has a header row but no partner rows.' };
  if (dataRows.length > CSV_LIMITS.maxRows || parsed.meta.truncated) {
    return { ok: false, error: `The file has more than ${CSV_LIMITS.maxRows.toLocaleString('en')} rows; split it into smaller files.` };
  }
  const width = Math.max(headerRow.length, ...dataRows.map((r) => r.length));
  const headers = uniqueHeaders(Array.from({ length: width }, (_, i) => headerRow[i] ?? ''));
  const rows = dataRows.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ''));
  return { ok: true, table: { headers, rows, delimiter: parsed.meta.delimiter } };
}
