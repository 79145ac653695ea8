import { useRef, type KeyboardEvent } from 'react';
import { goToSection } from '../../state/route';
import { useOpenWorkshop } from '../../state/selectors';
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

/** Insights has three sub-tabs; the open one is the route's item, so a reload stays on it. */
export function InsightsSection({ itemId }: { itemId: string | null }) {
  const workshop = useOpenWorkshop();
  const tabRefs = useRef<Array<HTMLButtonElement | null>>([]);
  const current: TabId = TABS.some((t) => t.id === itemId) ? (itemId as TabId) : 'feedback';
  if (!workshop) return null;
  const select = (tab: TabId) => goToSection(workshop.id, 'insights', tab);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = TABS.findIndex((t) => t.id === current);
    const moves: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: TABS.length - 1 };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = TABS[(target + TABS.length) % TABS.length]!;
    select(next.id);
    tabRefs.current[TABS.indexOf(next)]?.focus();
  };

  return (
    <div className="insights">
      <div className="insights-tabs" role="tablist" aria-label="Insights views" onKeyDown={onKeyDown}>
        {TABS.map((tab, i) => (
          <button
            key={tab.id}
            ref={(el) => {
              tabRefs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`insights-tab-${tab.id}`}
            aria-selected={current === tab.id}
            aria-controls={`insights-panel-${tab.id}`}
            tabIndex={current === tab.id ? 0 : -1}
            className="insights-tab"
            onClick={() => select(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div className="insights-panel" role="tabpanel" id={`insights-panel-${current}`} aria-labelledby={`insights-tab-${current}`}>
        {current === 'feedback' && <FeedbackView />}
        {current === 'metrics' && <MetricsView />}
        {current === 'enablement' && <EnablementView />}
      </div>
    </div>
  );
}
