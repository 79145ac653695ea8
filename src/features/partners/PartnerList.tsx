import { useMemo, useRef } from 'react';
import { filterRows, nextSort, sortRows, type PartnerRow, type PartnerSortKey } from '../../domain';
import { useOpenWorkshop } from '../../state/selectors';
import { EmptyState } from '../../ui/EmptyState';
import { PartnerFilters } from './PartnerFilters';
import { PartnerTableRow, ROW_HEIGHT } from './PartnerTableRow';
import { openEditor, setSort, usePortfolioView } from './usePortfolioView';
import { useWindowedRows } from './useWindowedRows';
import { Button } from '../../ui/Button';

const COLUMNS: { key: PartnerSortKey; label: string; className: string }[] = [
  { key: 'name', label: 'Name', className: 'col-name' },
  { key: 'type', label: 'Type', className: 'col-type' },
  { key: 'tier', label: 'Tier', className: 'col-tier' },
  { key: 'status', label: 'Status', className: 'col-status' },
  { key: 'objective', label: 'Objective', className: 'col-objective' },
  { key: 'score', label: 'Total score', className: 'col-score' },
  { key: 'owner', label: 'Owner', className: 'col-owner' },
  { key: 'nextReview', label: 'Next review', className: 'col-review' },
];

export function PartnerList({ rows }: { rows: PartnerRow[] }) {
  const workshop = useOpenWorkshop();
  const filter = usePortfolioView((s) => s.filter);
  const sort = usePortfolioView((s) => s.sort);
  const visible = useMemo(() => sortRows(filterRows(rows, filter), sort), [rows, filter, sort]);
  const scroller = useRef<HTMLDivElement>(null);
  const win = useWindowedRows(visible.length, ROW_HEIGHT, scroller);
  if (!workshop) return null;

  if (rows.length === 0) {
    return (
      <EmptyState title="No partners yet" action={<Button onClick={() => openEditor(null)}>Add the first partner</Button>}>
        List the partners you work with or are considering: their type, tier and the objective each one serves. The scorecard then shows which ones are worth the effort.
      </EmptyState>
    );
  }

  return (
    <div className="partner-list">
      <PartnerFilters filter={filter} shown={visible.length} total={rows.length} />
      <div className="table-scroll" ref={scroller} onScroll={win.onScroll} tabIndex={-1}>
        <table className="partner-table" aria-label="Partners" aria-rowcount={visible.length + 1}>
          <colgroup>
            {COLUMNS.map((c) => (
              <col key={c.key} className={c.className} />
            ))}
            <col className="col-actions" />
          </colgroup>
          <thead>
            <tr aria-rowindex={1}>
              {COLUMNS.map((c) => {
                const sorted = sort.key === c.key;
                return (
                  <th key={c.key} scope="col" aria-sort={sorted ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
                    <button type="button" className="sort-button" onClick={() => setSort(nextSort(sort, c.key))}>
                      {c.label}
                      <span className="sort-arrow" aria-hidden="true">
                        {sorted ? (sort.direction === 'asc' ? '▲' : '▼') : '↕'}
                      </span>
                    </button>
                  </th>
                );
              })}
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {win.padTop > 0 && <tr aria-hidden="true" style={{ height: win.padTop }} />}
            {visible.slice(win.start, win.end).map((row, i) => (
              <PartnerTableRow key={row.partner.id} row={row} workshopId={workshop.id} threshold={workshop.noiseThreshold} rowIndex={win.start + i + 2} />
            ))}
            {win.padBottom > 0 && <tr aria-hidden="true" style={{ height: win.padBottom }} />}
          </tbody>
        </table>
        {visible.length === 0 && <p className="no-match muted">No partner matches these filters.</p>}
      </div>
    </div>
  );
}
