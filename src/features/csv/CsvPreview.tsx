import type { CsvRowError, CsvTable } from '../../domain';

export const PREVIEW_ROWS = 8;
const ERRORS_SHOWN = 200;

/** The first rows as read, with row numbers as in a spreadsheet (header = row 1). */
export function CsvPreview({ table, badRows }: { table: CsvTable; badRows: ReadonlySet<number> }) {
  const rows = table.rows.slice(0, PREVIEW_ROWS);
  return (
    <div className="csv-preview" tabIndex={0} role="region" aria-label="Preview of the first rows">
      <table aria-label="CSV preview">
        <thead>
          <tr>
            <th scope="col">Row</th>
            {table.headers.map((header, i) => (
              <th key={i} scope="col">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((cells, index) => {
            const row = index + 2;
            return (
              <tr key={row} className={badRows.has(row) ? 'csv-row-bad' : undefined}>
                <th scope="row">{row}</th>
                {cells.map((cell, i) => (
                  <td key={i} title={cell.length > 40 ? cell : undefined}>
                    {cell}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Every problem found, one line each: row, field, what is wrong. */
export function CsvRowErrors({ errors, skipped }: { errors: readonly CsvRowError[]; skipped: number }) {
  if (errors.length === 0) return null;
  const shown = errors.slice(0, ERRORS_SHOWN);
  return (
    <section className="csv-errors" aria-labelledby="csv-errors-title">
      <h3 id="csv-errors-title">
        {skipped} {skipped === 1 ? 'row' : 'rows'} will be skipped
      </h3>
      <ul aria-label="Row errors">
        {shown.map((error, i) => (
          <li key={i}>
            <span className="csv-error-row">Row {error.row}</span>
            <span className="csv-error-field">{error.field}</span>
            <span className="csv-error-message">{error.message}</span>
          </li>
        ))}
      </ul>
      {errors.length > shown.length && <p className="muted">…and {errors.length - shown.length} more problems.</p>}
    </section>
  );
}
