import { useDeferredValue, useState } from 'react';
import type { NewWorkshopInput } from '../../domain';
import { goToSection } from '../../state/route';
import { showToast } from '../../state/toasts';
import {
  createExample,
  createWorkshop,
  deleteWorkshop,
  duplicateWorkshop,
  exportWorkshopFile,
  renameWorkshop,
  useWorkshopSummaries,
  type WorkshopSummary,
} from '../../state/workshops';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { ImportIcon, PlusIcon, RingsIcon, SearchIcon, SparkIcon } from '../../ui/icons';
import { backupsAvailable, downloadBackup } from '../../state/backups';
import { useImportWorkshop } from '../app/useImportWorkshop';
import { BackupsDialog } from './BackupsDialog';
import { NewWorkshopDialog } from './NewWorkshopDialog';
import { RenameDialog } from './RenameDialog';
import { WorkshopRow } from './WorkshopRow';
import './home.css';

function matches(w: WorkshopSummary, query: string) {
  const q = query.trim().toLocaleLowerCase();
  return !q || w.title.toLocaleLowerCase().includes(q) || w.organisation.toLocaleLowerCase().includes(q);
}

async function attempt(action: () => Promise<unknown>) {
  try {
    await action();
  } catch (error) {
    showToast({ message: error instanceof Error ? error.message : String(error), tone: 'error' });
  }
}

export function HomeScreen({ newWorkshopOpen, setNewWorkshopOpen }: { newWorkshopOpen: boolean; setNewWorkshopOpen: (open: boolean) => void }) {
  const summaries = useWorkshopSummaries();
  const workshops = summaries.status === 'ready' ? summaries.list : undefined;
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [renaming, setRenaming] = useState<WorkshopSummary | null>(null);
  const [backupsOf, setBackupsOf] = useState<WorkshopSummary | null>(null);
  const importWorkshop = useImportWorkshop();
  const visible = workshops?.filter((w) => matches(w, deferredQuery)) ?? [];

  const create = async (input: NewWorkshopInput) => {
    await attempt(async () => {
      const id = await createWorkshop(input);
      setNewWorkshopOpen(false);
      goToSection(id, 'canvas');
    });
  };

  return (
    <div className="home">
      <header className="home-header">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            <RingsIcon />
          </span>
          <span className="brand-name">Partnerscape</span>
        </div>
        <div className="home-actions">
          <Button icon={<SparkIcon />} onClick={() => attempt(async () => goToSection(await createExample(), 'canvas'))}>
            Open example workshop
          </Button>
          <Button icon={<ImportIcon />} onClick={importWorkshop}>
            Import workshop
          </Button>
          <Button variant="primary" icon={<PlusIcon />} onClick={() => setNewWorkshopOpen(true)}>
            New workshop
          </Button>
        </div>
      </header>

      <main className="home-main">
        <div className="home-title-row">
          <h1>Workshops</h1>
          {workshops && workshops.length > 0 && (
            <div className="home-title-tools">
              <label className="search">
                <SearchIcon />
                <input type="search" aria-label="Search workshops" placeholder="Search by title or organisation" value={query} onChange={(e) => setQuery(e.target.value)} />
              </label>
              <Button size="sm" variant="ghost" onClick={() => attempt(downloadBackup)}>
                Download backup
              </Button>
            </div>
          )}
        </div>

        {summaries.status === 'error' ? (
          <div className="storage-error" role="alert">
            <strong>Your workshops cannot be read right now.</strong> {summaries.message}
          </div>
        ) : workshops === undefined ? (
          <p className="muted" role="status">
            Loading workshops…
          </p>
        ) : workshops.length === 0 ? (
          <EmptyState title="No workshops yet" icon={<RingsIcon />}>
            Start a <strong>New workshop</strong> for your next partnership session, <strong>Import workshop</strong> from a
            .partnerscape file, or <strong>Open example workshop</strong> to explore a filled-in ecosystem. Everything stays on
            this computer.
          </EmptyState>
        ) : visible.length === 0 ? (
          <p className="muted home-no-match" role="status">
            No workshop matches “{query}”.
          </p>
        ) : (
          <ul className="workshop-list" aria-label="Workshops">
            {visible.map((w) => (
              <WorkshopRow
                key={w.id}
                workshop={w}
                onRename={setRenaming}
                onDuplicate={(x) => attempt(() => duplicateWorkshop(x.id))}
                onExport={(x) => attempt(() => exportWorkshopFile(x.id))}
                onDelete={(x) => attempt(() => deleteWorkshop(x.id))}
                onBackups={backupsAvailable() ? setBackupsOf : null}
              />
            ))}
          </ul>
        )}
      </main>

      <NewWorkshopDialog open={newWorkshopOpen} onClose={() => setNewWorkshopOpen(false)} onCreate={create} />
      {backupsOf && <BackupsDialog workshop={backupsOf} onClose={() => setBackupsOf(null)} />}
      {renaming && <RenameDialog initial={renaming.title} onClose={() => setRenaming(null)} onRename={(title) => attempt(() => renameWorkshop(renaming.id, title))} />}
    </div>
  );
}
