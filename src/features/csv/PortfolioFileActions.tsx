import { useState, type ReactNode } from 'react';
import { exportPortfolioCsv } from '../../state/csv';
import { exportJsonCanvas } from '../../state/jsonCanvas';
import { useOpenWorkshop } from '../../state/selectors';
import { showToast } from '../../state/toasts';
import { Button } from '../../ui/Button';
import { ImportCsvDialog } from './ImportCsvDialog';
import './csv.css';

function failed(what: string) {
  return (error: unknown) => showToast({ message: `${what} failed: ${error instanceof Error ? error.message : String(error)}`, tone: 'error' });
}

/** The portfolio's file actions (CSV in and out, the map as JSON Canvas), kept on one line with the toolbar's own buttons. */
export function PortfolioFileActions({ children }: { children?: ReactNode }) {
  const workshop = useOpenWorkshop();
  const [importing, setImporting] = useState(false);
  if (!workshop) return <>{children}</>;
  return (
    <div className="portfolio-file-actions">
      <Button onClick={() => setImporting(true)}>Import CSV</Button>
      <Button onClick={() => void exportPortfolioCsv().catch(failed('The CSV export'))}>Export CSV</Button>
      <Button onClick={() => void exportJsonCanvas(workshop.id)}>Export for Obsidian (JSON Canvas)</Button>
      {children}
      <ImportCsvDialog open={importing} onClose={() => setImporting(false)} />
    </div>
  );
}
