import { addPartners, nowIso, parseCsv, plural, portfolioToCsv, type CsvParseResult, type Partner } from '../domain';
import { platform } from '../platform';
import { showToast } from './toasts';
import { commit, useWorkshopStore } from './workshopStore';
import { fileNameFor } from './workshops';

export const CSV_FILE_FILTERS = [{ name: 'CSV (comma or semicolon separated)', extensions: ['csv', 'tsv', 'txt'] }];

export interface PickedCsv {
  fileName: string;
  result: CsvParseResult;
}

/** Opens a CSV through the platform's file picker and parses it; null when the user cancels. */
export async function pickPartnerCsv(): Promise<PickedCsv | null> {
  const file = await platform().openFile(CSV_FILE_FILTERS);
  if (!file.opened) return null;
  return { fileName: file.name, result: parseCsv(file.text) };
}

function rowList(rows: readonly number[]): string {
  const shown = rows.slice(0, 8).join(', ');
  return rows.length > 8 ? `${shown} and ${rows.length - 8} more` : shown;
}

/** Adds the imported partners in one step (one Undo takes them all back) and says what was skipped. */
export function importPartners(partners: readonly Partner[], skippedRows: readonly number[]): void {
  const skipped = skippedRows.length ? ` Skipped ${plural(skippedRows.length, 'row', 'rows')} with errors (${rowList(skippedRows)}).` : '';
  commit((e) => addPartners(e, partners), { origin: 'local', undoMessage: `Imported ${plural(partners.length, 'partner', 'partners')}.${skipped}` });
}

/** The open workshop's portfolio as a CSV file for Excel (UTF-8 with BOM, formula-safe cells). */
export async function exportPortfolioCsv(): Promise<void> {
  const entities = useWorkshopStore.getState().entities;
  if (!entities) return;
  const count = Object.keys(entities.partners).length;
  const name = fileNameFor(entities.workshop.title, 'partners', 'csv', nowIso().slice(0, 10));
  const result = await platform().saveFile(name, portfolioToCsv(entities), CSV_FILE_FILTERS);
  if (result.saved) showToast({ message: `Exported ${plural(count, 'partner', 'partners')} to ${name}.`, tone: 'info' });
}
