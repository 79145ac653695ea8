import { useEntities } from '../../state/selectors';
import { BulbIcon } from '../../ui/icons';
import { PendingSection } from '../shell/PendingSection';

export function InsightsSection(_props: { itemId: string | null }) {
  const entities = useEntities();
  const count = entities ? Object.keys(entities.insights).length : 0;
  return (
    <PendingSection title="Insights are not in this version yet" icon={<BulbIcon />}>
      Partner insights are stored with the workshop and will be listed here once the feedback loop lands. This workshop holds {count} {count === 1 ? 'insight' : 'insights'}.
    </PendingSection>
  );
}
