import { memo } from 'react';
import { plural } from '../../domain';
import type { WorkshopSummary } from '../../state/workshops';
import { formatDate, timeAgo } from '../../ui/format';

interface Props {
  workshop: WorkshopSummary;
  onRename: (w: WorkshopSummary) => void;
  onDuplicate: (w: WorkshopSummary) => void;
  onExport: (w: WorkshopSummary) => void;
  onDelete: (w: WorkshopSummary) => void;
  onBackups: ((w: WorkshopSummary) => void) | null;
}

export const WorkshopRow = memo(function WorkshopRow({ workshop, onRename, onDuplicate, onExport, onDelete, onBackups }: Props) {
  // Without a section: the workshop reopens where it was last left on this device.
  const href = `#/w/${encodeURIComponent(workshop.id)}`;
  return (
    <li className="workshop-row">
      <div className="workshop-main">
        <a className="workshop-title" href={href}>
          {workshop.title}
        </a>
        <div className="workshop-meta">
          {workshop.organisation && <span>{workshop.organisation}</span>}
          {workshop.date && <span>{formatDate(workshop.date)}</span>}
          <span>{plural(workshop.partnerCount, 'partner', 'partners')}</span>
          <span>{plural(workshop.canvasCount, 'canvas', 'canvases')}</span>
        </div>
      </div>
      <div className="workshop-edited" title={new Date(workshop.updatedAt).toLocaleString()}>
        Edited {timeAgo(workshop.updatedAt)}
      </div>
      <div className="workshop-actions">
        <button type="button" className="row-action" aria-label={`Rename ${workshop.title}`} onClick={() => onRename(workshop)}>
          Rename
        </button>
        <button type="button" className="row-action" aria-label={`Duplicate ${workshop.title}`} onClick={() => onDuplicate(workshop)}>
          Duplicate
        </button>
        <button type="button" className="row-action" aria-label={`Export ${workshop.title}`} onClick={() => onExport(workshop)}>
          Export
        </button>
        {onBackups && (
          <button type="button" className="row-action" aria-label={`Backups of ${workshop.title}`} onClick={() => onBackups(workshop)}>
            Backups
          </button>
        )}
        <button type="button" className="row-action row-action-danger" aria-label={`Delete ${workshop.title}`} onClick={() => onDelete(workshop)}>
          Delete
        </button>
      </div>
    </li>
  );
});
