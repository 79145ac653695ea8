import { goToSection } from '../../state/route';
import { useOpenWorkshop } from '../../state/selectors';
import { Tabs, tabId, tabPanelId } from '../../ui/Tabs';
import { EnablementView } from '../enablement/EnablementView';
import { MetricsView } from '../metrics/MetricsView';
import { FeedbackView } from './FeedbackView';
import './insights.css';

const TABS = [
  { id: 'feedback', label: 'Feedback' },
  { id: 'metrics', label: 'Metrics' },
  { id: 'enablement', label: 'Enablement' },
] as const;
type TabId = (typeof TABS)[number]['id'];
const PREFIX = 'insights';

/** Insights has three sub-tabs; the open one is the route's item, so a reload stays on it. */
export function InsightsSection({ itemId }: { itemId: string | null }) {
  const workshop = useOpenWorkshop();
  const current: TabId = TABS.some((t) => t.id === itemId) ? (itemId as TabId) : 'feedback';
  if (!workshop) return null;
  return (
    <div className="insights">
      <Tabs label="Insights views" items={TABS} current={current} onSelect={(tab) => goToSection(workshop.id, 'insights', tab)} idPrefix={PREFIX} />
      <div className="insights-panel page page-width" role="tabpanel" id={tabPanelId(PREFIX)} aria-labelledby={tabId(PREFIX, current)}>
        {current === 'feedback' && <FeedbackView />}
        {current === 'metrics' && <MetricsView />}
        {current === 'enablement' && <EnablementView />}
      </div>
    </div>
  );
}
