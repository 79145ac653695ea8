import { useState } from 'react';
import { ALL_FILTERS, PARTNER_STATUS_LABELS, PARTNER_STATUSES, PARTNER_TYPE_LABELS, PARTNER_TYPES, UNTIERED_RING_NAME, isFiltering, searchPartners } from '../../domain';
import type { MapFilters, Partner, PartnerStatus, Tier } from '../../domain';
import { Button } from '../../ui/Button';
import { SearchIcon } from '../../ui/icons';
import { TypeShape } from '../../ui/TypeShape';

interface MapToolbarProps {
  filters: MapFilters;
  onFilters: (filters: MapFilters) => void;
  tiers: Tier[];
  partners: Partner[];
  shown: number;
  onFind: (partner: Partner) => void;
  onFitView: () => void;
  onAutoLayout: () => void;
  onExportCanvas: () => void;
}

export function MapToolbar({ filters, onFilters, tiers, partners, shown, onFind, onFitView, onAutoLayout, onExportCanvas }: MapToolbarProps) {
  const [query, setQuery] = useState('');
  const hits = searchPartners(partners, query);
  const pick = (partner: Partner) => {
    setQuery('');
    onFind(partner);
  };
  const toggleType = (type: (typeof PARTNER_TYPES)[number]) =>
    onFilters({ ...filters, types: filters.types.includes(type) ? filters.types.filter((t) => t !== type) : PARTNER_TYPES.filter((t) => t === type || filters.types.includes(t)) });
  return (
    <div className="map-toolbar" role="toolbar" aria-label="Map tools">
      <Button size="sm" onClick={onFitView}>
        Fit view
      </Button>
      <Button size="sm" onClick={onAutoLayout}>
        Auto layout
      </Button>
      <div className="map-search" role="search">
        <SearchIcon />
        <input
          type="search"
          aria-label="Find partner on the map"
          placeholder="Find partner…"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && hits[0]) pick(hits[0]);
            if (e.key === 'Escape') setQuery('');
          }}
        />
        {query.trim() && (
          <ul className="map-search-results" aria-label="Matching partners">
            {hits.length === 0 && <li className="map-search-empty">No partner matches “{query.trim()}”.</li>}
            {hits.map((p) => (
              <li key={p.id}>
                <button type="button" onClick={() => pick(p)}>
                  <TypeShape type={p.type} size={12} /> {p.name}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <fieldset className="map-filter-types">
        <legend className="visually-hidden">Show partner types</legend>
        {PARTNER_TYPES.map((type) => (
          <label key={type} className={`map-chip map-chip-${type}`}>
            <input type="checkbox" checked={filters.types.includes(type)} onChange={() => toggleType(type)} />
            <TypeShape type={type} size={12} />
            {PARTNER_TYPE_LABELS[type]}
          </label>
        ))}
      </fieldset>
      <div className="map-select">
        <select aria-label="Show tier" value={filters.tier ?? 'none'} onChange={(e) => onFilters({ ...filters, tier: e.target.value === 'none' ? null : e.target.value })}>
          <option value="all">All tiers</option>
          {tiers.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
          <option value="none">{UNTIERED_RING_NAME}</option>
        </select>
      </div>
      <div className="map-select">
        <select aria-label="Show status" value={filters.status} onChange={(e) => onFilters({ ...filters, status: e.target.value as PartnerStatus | 'all' })}>
          <option value="all">All statuses</option>
          {PARTNER_STATUSES.map((s) => (
            <option key={s} value={s}>
              {PARTNER_STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      {isFiltering(filters) && (
        <span className="map-filter-count" role="status">
          {shown} of {partners.length} shown
          <Button variant="ghost" size="sm" onClick={() => onFilters(ALL_FILTERS)}>
            Show all
          </Button>
        </span>
      )}
      <Button size="sm" variant="ghost" className="map-export" onClick={onExportCanvas} aria-label="Export for Obsidian (JSON Canvas)" title="Save the map as a .canvas file (JSON Canvas, the open format Obsidian reads)">
        Export for Obsidian<span className="map-export-format"> (JSON Canvas)</span>
      </Button>
    </div>
  );
}
