import { PARTNER_STATUS_LABELS, PARTNER_STATUSES, PARTNER_TYPE_LABELS, PARTNER_TYPES, sortedTiers, type PartnerFilter } from '../../domain';
import { useEntities } from '../../state/selectors';
import { Button } from '../../ui/Button';
import { NO_FILTER } from '../../domain';
import { setFilter } from './usePortfolioView';

export function PartnerFilters({ filter, shown, total }: { filter: PartnerFilter; shown: number; total: number }) {
  const entities = useEntities();
  const tiers = entities ? sortedTiers(entities.tiers) : [];
  const active = filter.query !== '' || filter.type !== 'all' || filter.tier !== 'all' || filter.status !== 'all' || filter.noiseOnly;
  return (
    <div className="partner-filters" role="search" aria-label="Filter partners">
      <input type="search" className="partner-search" aria-label="Search partners" placeholder="Search by name…" value={filter.query} onChange={(e) => setFilter({ query: e.target.value })} />
      <label className="filter">
        <span>Filter by type</span>
        <select value={filter.type} onChange={(e) => setFilter({ type: e.target.value as PartnerFilter['type'] })}>
          <option value="all">All types</option>
          {PARTNER_TYPES.map((t) => (
            <option key={t} value={t}>
              {PARTNER_TYPE_LABELS[t]}
            </option>
          ))}
        </select>
      </label>
      <label className="filter">
        <span>Filter by tier</span>
        <select value={filter.tier} onChange={(e) => setFilter({ tier: e.target.value })}>
          <option value="all">All tiers</option>
          {tiers.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
          <option value="none">No tier</option>
        </select>
      </label>
      <label className="filter">
        <span>Filter by status</span>
        <select value={filter.status} onChange={(e) => setFilter({ status: e.target.value as PartnerFilter['status'] })}>
          <option value="all">All statuses</option>
          {PARTNER_STATUSES.map((s) => (
            <option key={s} value={s}>
              {PARTNER_STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      <label className="filter-check">
        <input type="checkbox" checked={filter.noiseOnly} onChange={(e) => setFilter({ noiseOnly: e.target.checked })} />
        Only noise
      </label>
      <span className="filter-count muted" aria-live="polite">
        {active ? `Showing ${shown} of ${total}` : `${total} ${total === 1 ? 'partner' : 'partners'}`}
      </span>
      {active && (
        <Button size="sm" variant="ghost" onClick={() => setFilter(NO_FILTER)}>
          Clear filters
        </Button>
      )}
    </div>
  );
}
