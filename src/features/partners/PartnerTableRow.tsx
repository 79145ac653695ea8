import { memo } from 'react';
import { OBJECTIVE_LABELS, PARTNER_STATUS_LABELS, type PartnerRow } from '../../domain';
import { goToSection } from '../../state/route';
import { formatDate } from '../../ui/format';
import { NoiseFlag } from './NoiseFlag';
import { TypeMark } from '../../ui/TypeShape';
import { askDelete, openEditor } from './usePortfolioView';

interface Props {
  row: PartnerRow;
  workshopId: string;
  threshold: number;
  rowIndex: number;
}

export const ROW_HEIGHT = 54;

export const PartnerTableRow = memo(function PartnerTableRow({ row, workshopId, threshold, rowIndex }: Props) {
  const { partner, tierName, score, noise } = row;
  const href = `#/w/${encodeURIComponent(workshopId)}/partners/${encodeURIComponent(partner.id)}`;
  return (
    <tr aria-rowindex={rowIndex} className={noise.length ? 'is-noise' : undefined} style={{ height: ROW_HEIGHT }}>
      <td className="cell-name">
        <a
          href={href}
          className="partner-link"
          title={partner.name}
          onClick={(event) => {
            event.preventDefault();
            goToSection(workshopId, 'partners', partner.id);
          }}
        >
          {partner.name}
        </a>
        <NoiseFlag reasons={noise} score={score} threshold={threshold} compact />
      </td>
      <td>
        <TypeMark type={partner.type} />
      </td>
      <td className="cell-text" title={tierName}>
        {tierName || <span className="muted">No tier</span>}
      </td>
      <td>
        <span className={`status status-${partner.status}`}>{PARTNER_STATUS_LABELS[partner.status]}</span>
      </td>
      <td className="cell-text">{partner.objective ? OBJECTIVE_LABELS[partner.objective] : <span className="muted">None</span>}</td>
      <td className="cell-score">{score.toFixed(1)}</td>
      <td className="cell-text" title={partner.owner}>
        {partner.owner || <span className="muted">—</span>}
      </td>
      <td className="cell-text">{partner.nextReview ? formatDate(partner.nextReview) : <span className="muted">—</span>}</td>
      <td className="cell-actions">
        <button type="button" className="row-button" aria-label={`Edit ${partner.name}`} onClick={() => openEditor(partner.id)}>
          Edit
        </button>
        <button type="button" className="row-button row-button-danger" aria-label={`Delete ${partner.name}`} onClick={() => askDelete(partner.id)}>
          Delete
        </button>
      </td>
    </tr>
  );
});
