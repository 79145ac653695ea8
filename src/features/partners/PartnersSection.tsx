import { useEffect } from 'react';
import { useOpenWorkshop } from '../../state/selectors';
import { DeletePartnerDialog } from './DeletePartnerDialog';
import { PartnerForm } from './PartnerForm';
import { PartnerPage } from './PartnerPage';
import { PortfolioView } from './PortfolioView';
import { arriveAtPartners, usePortfolioView } from './usePortfolioView';
import './partners.css';
import './form.css';
import './page.css';
import './charts.css';

export function PartnersSection({ itemId }: { itemId: string | null }) {
  const workshop = useOpenWorkshop();
  const editor = usePortfolioView((s) => s.editor);
  const workshopId = workshop?.id;

  useEffect(() => {
    arriveAtPartners();
  }, [workshopId, itemId]);

  if (!workshop) return null;
  return (
    <div className="portfolio">
      {editor || itemId ? (
        <div className="page page-width">{editor ? <PartnerForm partnerId={editor.partnerId} /> : itemId && <PartnerPage partnerId={itemId} />}</div>
      ) : (
        <PortfolioView />
      )}
      <DeletePartnerDialog />
    </div>
  );
}
