import { useEffect, type ReactNode } from 'react';
import { setDialog } from '../../state/dialogs';
import { goHome, type Section } from '../../state/route';
import { useLoadState, useOpenWorkshop } from '../../state/selectors';
import { openWorkshop } from '../../state/workshopStore';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { BackIcon, FileIcon } from '../../ui/icons';
import { CanvasSection } from '../canvas/CanvasSection';
import { useLiveSessionResume } from '../live/useLiveSessionResume';
import { InsightsSection } from '../insights/InsightsSection';
import { MapSection } from '../map/MapSection';
import { PartnersSection } from '../partners/PartnersSection';
import { SaveStatus } from './SaveStatus';
import { SectionNav } from './SectionNav';
import './shell.css';

const SECTIONS: Record<Section, (props: { itemId: string | null }) => ReactNode> = {
  canvas: CanvasSection,
  map: MapSection,
  partners: PartnersSection,
  insights: InsightsSection,
};

export function WorkshopShell({ workshopId, section, itemId }: { workshopId: string; section: Section; itemId: string | null }) {
  const load = useLoadState();
  const workshop = useOpenWorkshop();

  useEffect(() => {
    void openWorkshop(workshopId);
  }, [workshopId]);
  useLiveSessionResume(workshopId, workshop?.id === workshopId);

  if (load.status === 'missing' || load.status === 'error') {
    return (
      <EmptyState
        title={load.status === 'missing' ? 'This workshop no longer exists' : 'This workshop could not be opened'}
        action={<Button onClick={goHome}>Back to workshops</Button>}
      >
        {load.status === 'error' ? load.errors.join(' ') : 'It may have been deleted in another window.'}
      </EmptyState>
    );
  }
  if (!workshop || workshop.id !== workshopId) {
    return (
      <p className="shell-loading muted" role="status">
        Opening workshop…
      </p>
    );
  }
  const Body = SECTIONS[section];
  return (
    <div className="shell">
      <header className="shell-header">
        <Button variant="ghost" size="sm" icon={<BackIcon />} onClick={goHome} aria-label="All workshops">
          Workshops
        </Button>
        <div className="shell-title">
          <h1>{workshop.title}</h1>
          {workshop.organisation && <span className="shell-org">{workshop.organisation}</span>}
        </div>
        <SectionNav workshopId={workshopId} current={section} />
        <div className="shell-tools">
          <SaveStatus />
          <Button variant="primary" size="sm" icon={<FileIcon />} onClick={() => setDialog('exportPdf', true)}>
            Export PDF
          </Button>
        </div>
      </header>
      <main className="shell-body" id="main">
        <Body itemId={itemId} />
      </main>
    </div>
  );
}
