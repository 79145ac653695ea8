import { useEntities } from '../../state/selectors';
import { RingsIcon } from '../../ui/icons';
import { PendingSection } from '../shell/PendingSection';

export function MapSection(_props: { itemId: string | null }) {
  const entities = useEntities();
  const count = entities ? Object.keys(entities.edges).length : 0;
  return (
    <PendingSection title="The ecosystem map is not in this version yet" icon={<RingsIcon />}>
      Partners and value exchanges are stored with the workshop and will be drawn here once the map lands. This workshop holds {count} {count === 1 ? 'value exchange' : 'value exchanges'}.
    </PendingSection>
  );
}
