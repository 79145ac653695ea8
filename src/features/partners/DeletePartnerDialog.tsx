import { useMemo } from 'react';
import { partnerReferences, plural, type Collection } from '../../domain';
import { deletePartner } from '../../state/partners';
import { goToSection, useRoute } from '../../state/route';
import { useEntities } from '../../state/selectors';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { askDelete, usePortfolioView } from './usePortfolioView';

const OWNED_LABELS: Partial<Record<Collection, string>> = { enablement: 'its enablement plan', metrics: 'its recorded metrics' };


export function DeletePartnerDialog() {
  const entities = useEntities();
  const partnerId = usePortfolioView((s) => s.deleting);
  const route = useRoute((s) => s.route);
  const partner = partnerId ? entities?.partners[partnerId] : undefined;
  const refs = useMemo(() => (entities && partnerId ? partnerReferences(entities, partnerId) : null), [entities, partnerId]);
  const close = () => askDelete(null);

  const confirm = () => {
    if (!partner || !entities) return close();
    close();
    deletePartner(partner.id);
    if (route.screen === 'workshop' && route.itemId === partner.id) goToSection(entities.workshop.id, 'partners');
  };

  const lines: string[] = [];
  if (refs) {
    if (refs.canvases.length) lines.push(`${plural(refs.canvases.length, 'canvas', 'canvases')} (${refs.canvases.map((c) => `“${c.title}”`).join(', ')}) will be kept, no longer linked to a partner.`);
    if (refs.insights.length) lines.push(`${plural(refs.insights.length, 'insight', 'insights')} will be kept, no longer attributed to a partner.`);
    if (refs.edges.length) lines.push(`${plural(refs.edges.length, 'connection', 'connections')} on the ecosystem map will be removed.`);
    if (refs.hasMapPosition) lines.push('Its place on the ecosystem map will be forgotten.');
    for (const owned of refs.owned) lines.push(`${OWNED_LABELS[owned.collection] ?? `${owned.count} linked records`} will be removed.`.replace(/^./, (c) => c.toUpperCase()));
  }

  return (
    <Dialog
      title={partner ? `Delete “${partner.name}”?` : 'Delete partner'}
      open={Boolean(partner)}
      onClose={close}
      width={520}
      footer={
        <>
          <Button onClick={close}>Cancel</Button>
          <Button variant="danger" onClick={confirm}>
            Delete partner
          </Button>
        </>
      }
    >
      {lines.length > 0 ? (
        <>
          <p className="dialog-text">Other parts of the workshop refer to this partner:</p>
          <ul className="reference-list">
            {lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      ) : (
        <p className="dialog-text">Nothing else in the workshop refers to this partner.</p>
      )}
      <p className="dialog-text muted">You can undo this right after.</p>
    </Dialog>
  );
}
