import { useMemo, useState } from 'react';
import { CSV_LIMITS, DEFAULT_CSV_DEFAULTS, guessMapping, planCsvImport, plural, type CsvImportDefaults, type CsvMapping, type CsvTable } from '../../domain';
import { importPartners, pickPartnerCsv } from '../../state/csv';
import { useEntities } from '../../state/selectors';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { CsvMappingForm } from './CsvMappingForm';
import { CsvPreview, CsvRowErrors, PREVIEW_ROWS } from './CsvPreview';

interface Loaded {
  fileName: string;
  table: CsvTable;
}

const DELIMITER_NAMES: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' };

/** Import partners from a CRM's CSV: pick a file, check the columns, see every bad row, import the good ones. */
export function ImportCsvDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const entities = useEntities();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [mapping, setMapping] = useState<CsvMapping | null>(null);
  const [defaults, setDefaults] = useState<CsvImportDefaults>(DEFAULT_CSV_DEFAULTS);

  const plan = useMemo(
    () => (loaded && mapping && entities ? planCsvImport(loaded.table, mapping, defaults, entities) : null),
    [loaded, mapping, defaults, entities],
  );
  const badRows = useMemo(() => new Set(plan?.skippedRows), [plan]);

  const reset = () => {
    setLoaded(null);
    setFileError(null);
    setMapping(null);
    setDefaults(DEFAULT_CSV_DEFAULTS);
  };
  const close = () => {
    reset();
    onClose();
  };

  const choose = async () => {
    const picked = await pickPartnerCsv();
    if (!picked) return;
    if (!picked.result.ok) {
      setLoaded(null);
      setFileError(`${picked.fileName}: ${picked.result.error}`);
      return;
    }
    setFileError(null);
    setLoaded({ fileName: picked.fileName, table: picked.result.table });
    setMapping(guessMapping(picked.result.table.headers));
  };

  const importValid = () => {
    if (!plan || plan.partners.length === 0) return;
    importPartners(plan.partners, plan.skippedRows);
    close();
  };

  const count = plan?.partners.length ?? 0;
  return (
    <Dialog
      title="Import partners from CSV"
      open={open}
      onClose={close}
      width={1040}
      footer={
        <>
          <Button onClick={close}>Cancel</Button>
          <Button variant="primary" disabled={count === 0} onClick={importValid}>
            {`Import ${count} valid ${count === 1 ? 'partner' : 'partners'}`}
          </Button>
        </>
      }
    >
      <div className="csv-file">
        <Button onClick={() => void choose()}>{loaded ? 'Choose another file' : 'Choose CSV file'}</Button>
        {loaded ? (
          <p className="csv-file-name">
            <strong>{loaded.fileName}</strong>
            <span className="muted">
              {' '}
              · {plural(loaded.table.rows.length, 'row', 'rows')}, {plural(loaded.table.headers.length, 'column', 'columns')}, {DELIMITER_NAMES[loaded.table.delimiter] ?? 'comma'} separated
            </span>
          </p>
        ) : (
          <p className="muted csv-file-name">
            A CSV export from your CRM (Salesforce, HubSpot, Pipedrive, Excel…), comma or semicolon separated, with a header row; up to{' '}
            {CSV_LIMITS.maxRows.toLocaleString('en')} rows and {CSV_LIMITS.maxBytes / (1024 * 1024)} MB.
          </p>
        )}
      </div>
      {fileError && (
        <p className="csv-file-error" role="alert">
          {fileError}
        </p>
      )}
      {loaded && mapping && entities && plan && (
        <>
          <CsvMappingForm headers={loaded.table.headers} mapping={mapping} onMapping={setMapping} defaults={defaults} onDefaults={setDefaults} tiers={Object.values(entities.tiers)} />
          <section className="csv-section" aria-labelledby="csv-preview-title">
            <h3 id="csv-preview-title">
              Preview <span className="muted">(first {Math.min(PREVIEW_ROWS, loaded.table.rows.length)} of {plural(loaded.table.rows.length, 'row', 'rows')})</span>
            </h3>
            <CsvPreview table={loaded.table} badRows={badRows} />
          </section>
          <p className="csv-summary" role="status">
            {plural(count, 'partner is', 'partners are')} ready to import
            {plan.skippedRows.length > 0 ? `; ${plural(plan.skippedRows.length, 'row has', 'rows have')} problems and will be skipped.` : '.'}
          </p>
          <CsvRowErrors errors={plan.errors} skipped={plan.skippedRows.length} />
        </>
      )}
    </Dialog>
  );
}
