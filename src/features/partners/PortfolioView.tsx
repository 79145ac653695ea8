import type { KeyboardEvent } from 'react';
import { useEntities } from '../../state/selectors';
import { PortfolioFileActions } from '../csv/PortfolioFileActions';
import { Button } from '../../ui/Button';
import { PlusIcon } from '../../ui/icons';
import { FitMatrix } from './FitMatrix';
import { ObjectivesPanel } from './ObjectivesPanel';
import { PartnerList } from './PartnerList';
import { TiersEditor } from './TiersEditor';
import { usePartnerRows } from './usePartnerRows';
import { openEditor, PORTFOLIO_TABS, setTab, usePortfolioView, type PortfolioTab } from './usePortfolioView';

const TAB_LABELS: Record<PortfolioTab, string> = {
  list: 'Partner list',
  matrix: 'Fit matrix',
  tiers: 'Tiers',
  objectives: 'Objectives and scorecard',
};

const tabId = (tab: PortfolioTab) => `portfolio-tab-${tab}`;

export function PortfolioView() {
  const entities = useEntities();
  const tab = usePortfolioView((s) => s.tab);
  const rows = usePartnerRows(entities);
  const noise = rows.filter((r) => r.noise.length > 0).length;

  const onTabKey = (event: KeyboardEvent) => {
    const index = PORTFOLIO_TABS.indexOf(tab);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = PORTFOLIO_TABS[(index + step + PORTFOLIO_TABS.length) % PORTFOLIO_TABS.length] ?? 'list';
    setTab(next);
    document.getElementById(tabId(next))?.focus();
  };

  return (
    <>
      <header className="portfolio-header">
        <div className="portfolio-heading">
          <h2>Partner portfolio</h2>
          <p className="muted">
            {rows.length} {rows.length === 1 ? 'partner' : 'partners'}
            {noise > 0 && ` · ${noise} flagged as noise`}
          </p>
        </div>
        <div className="portfolio-tabs" role="tablist" aria-label="Portfolio views" onKeyDown={onTabKey}>
          {PORTFOLIO_TABS.map((t) => (
            <button
              key={t}
              id={tabId(t)}
              type="button"
              role="tab"
              aria-selected={tab === t}
              aria-controls="portfolio-panel"
              tabIndex={tab === t ? 0 : -1}
              className="portfolio-tab"
              onClick={() => setTab(t)}
            >
              {TAB_LABELS[t]}
            </button>
          ))}
        </div>
        <PortfolioFileActions>
          <Button variant="primary" icon={<PlusIcon />} onClick={() => openEditor(null)}>
            Add partner
          </Button>
        </PortfolioFileActions>
      </header>
      <section id="portfolio-panel" className="portfolio-panel" role="tabpanel" aria-labelledby={tabId(tab)}>
        {tab === 'list' && <PartnerList rows={rows} />}
        {tab === 'matrix' && <FitMatrix rows={rows} />}
        {tab === 'tiers' && <TiersEditor />}
        {tab === 'objectives' && <ObjectivesPanel />}
      </section>
    </>
  );
}
