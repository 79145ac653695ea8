import { useEntities } from '../../state/selectors';
import { PeopleIcon } from '../../ui/icons';
import { PendingSection } from '../shell/PendingSection';

export function PartnersSection(_props: { itemId: string | null }) {
  const entities = useEntities();
  const count = entities ? Object.keys(entities.partners).length : 0;
  return (
    <PendingSection title="The partner portfolio is not in this version yet" icon={<PeopleIcon />}>
      Partners, tiers and scores are stored with the workshop and will be listed here once the portfolio lands. This workshop holds {count} {count === 1 ? 'partner' : 'partners'}.
    </PendingSection>
  );
}
