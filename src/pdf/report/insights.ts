import { toEntities } from '../../domain/bundle';
import { PRIORITY_EXPLANATION, prioritisedInsights } from '../../domain/insights';
import { INSIGHT_KIND_LABELS, INSIGHT_STATUS_LABELS } from '../../domain/labels';
import type { InsightStatus } from '../../domain/records';
import type { Color } from '../primitives';
import { INK, TYPE_COLOR } from '../theme';
import type { Flow } from './flow';
import { flowTable } from './table';

const STATUS_COLOR: Record<InsightStatus, Color> = {
  new: INK.accent,
  'under-review': '#9a6700',
  planned: '#6f42c1',
  shipped: INK.ok,
  deferred: INK.text3,
};

/** Partner insights by priority (weight × the partner's contribution), with status and the response given back. */
export function insightsSection(flow: Flow): void {
  const { bundle } = flow.ctx;
  if (bundle.insights.length === 0) return flow.paragraph('No insights recorded yet.', { color: INK.text2 });
  flow.paragraph('What partners reported, highest priority first, and what we told them back.', { size: 9.5, color: INK.text2, after: 4 });
  flow.paragraph(PRIORITY_EXPLANATION, { size: 8.5, color: INK.text3, after: 10 });
  const ranked = prioritisedInsights(toEntities(bundle));
  flowTable(
    flow,
    [
      { header: 'Priority', share: 9, align: 'center' },
      { header: 'Kind', share: 11 },
      { header: 'Partner', share: 14 },
      { header: 'Insight', share: 28 },
      { header: 'Status', share: 10 },
      { header: 'Response to the partner', share: 28 },
    ],
    ranked.map(({ insight, priority, contribution }) => {
      const partner = bundle.partners.find((p) => p.id === insight.partnerId);
      return [
        { text: `${priority.toFixed(1)}\n${insight.weight} × ${contribution.toFixed(1)}`, font: 'bold' },
        { text: INSIGHT_KIND_LABELS[insight.kind] },
        partner ? { text: partner.name, dot: TYPE_COLOR[partner.type] } : { text: 'No partner', color: INK.text3 },
        { text: insight.text },
        { text: INSIGHT_STATUS_LABELS[insight.status], color: STATUS_COLOR[insight.status], font: 'bold' },
        insight.response ? { text: insight.response } : { text: 'No response yet', color: INK.text3 },
      ];
    }),
  );
}
