import { useCallback } from 'react';
import { showAlert } from '../../state/alerts';
import { askAboutConflict } from '../../state/importConflict';
import { goToSection } from '../../state/route';
import { showToast } from '../../state/toasts';
import { importWorkshopText, pickAndImportWorkshop, type ImportOutcome } from '../../state/workshops';

export function reportImport(outcome: ImportOutcome | null, fileName?: string): void {
  if (!outcome) return;
  if (outcome.ok === 'conflict') {
    askAboutConflict(outcome);
    return;
  }
  if (outcome.ok && outcome.count > 1) {
    showToast({ message: `Imported ${outcome.count} workshops from the backup.`, tone: 'info' });
    return;
  }
  if (outcome.ok) {
    goToSection(outcome.id, 'canvas');
    const { replaced } = outcome;
    if (replaced) showToast({ message: `Replaced “${replaced.title}” with the imported file.`, tone: 'info', action: { label: 'Undo', run: replaced.undo } });
    else showToast({ message: `Imported “${outcome.title}”.`, tone: 'info' });
    return;
  }
  showAlert({
    title: 'This file could not be imported',
    message: `${fileName ? `“${fileName}” ` : 'The file '}was not imported, and nothing you already have was changed.`,
    details: outcome.errors,
  });
}

export function useImportWorkshop(): () => Promise<void> {
  return useCallback(async () => {
    try {
      reportImport(await pickAndImportWorkshop());
    } catch (error) {
      reportImport({ ok: false, errors: [error instanceof Error ? error.message : String(error)] });
    }
  }, []);
}

export async function importOpenedFile(file: { name: string; text: string }): Promise<void> {
  reportImport(await importWorkshopText(file.text), file.name);
}
