import { useEntities } from '../../state/selectors';
import { PortfolioFileActions } from '../csv/PortfolioFileActions';
import { Button } from '../../ui/Button';
import { PlusIcon } from '../../ui/icons';
import { Tabs, tabId, tabPanelId } from '../../ui/Tabs';
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
const TABS = PORTFOLIO_TABS.map((id) => ({ id, label: TAB_LABELS[id] }));
const PREFIX = 'portfolio';

export function PortfolioView() {
  const entities = useEntities();
  const tab = usePortfolioView((s) => s.tab);
  const rows = usePartnerRows(entities);
  const noise = rows.filter((r) => r.noise.length > 0).length;

  return (
    <>
      <Tabs label="Portfolio views" items={TABS} current={tab} onSelect={setTab} idPrefix={PREFIX} />
      <div className="portfolio-body page page-width">
        <header className="portfolio-header">
          <div className="portfolio-heading">
            <h2>Partner portfolio</h2>
            <p className="muted">
              {rows.length} {rows.length === 1 ? 'partner' : 'partners'}
              {noise > 0 && ` · ${noise} flagged as noise`}
            </p>
          </div>
          <PortfolioFileActions>
            <Button variant="primary" icon={<PlusIcon />} onClick={() => openEditor(null)}>
              Add partner
            </Button>
          </PortfolioFileActions>
        </header>
        <section id={tabPanelId(PREFIX)} className="portfolio-panel" role="tabpanel" aria-labelledby={tabId(PREFIX, tab)}>
          {tab === 'list' && <PartnerList rows={rows} />}
          {tab === 'matrix' && <FitMatrix rows={rows} />}
          {tab === 'tiers' && <TiersEditor />}
          {tab === 'objectives' && <ObjectivesPanel />}
        </section>
      </div>
    </>
  );
}
