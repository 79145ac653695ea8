import { useEffect } from 'react';
import { showAlert } from '../../state/alerts';
import { onAppCommand, onOpenedFile, type AppCommand } from '../../state/commands';
import { setDialog } from '../../state/dialogs';
import { goHome, useRoute } from '../../state/route';
import { showToast } from '../../state/toasts';
import { exportWorkshopFile } from '../../state/workshops';
import { redo, undo } from '../../state/workshopStore';
import { appInfo } from '../../state/about';
import { isTextEntry } from '../../ui/keyboard';
import { importOpenedFile, useImportWorkshop } from './useImportWorkshop';

/** Undo/redo from the menu or the keyboard: text fields keep their own undo, everything else uses the workshop's. */
function historyStep(step: 'undo' | 'redo') {
  if (isTextEntry(document.activeElement)) {
    document.execCommand(step);
    return;
  }
  if (step === 'undo') undo();
  else redo();
}

export function useAppCommands(): void {
  const importWorkshop = useImportWorkshop();

  useEffect(() => {
    const run = (command: AppCommand) => {
      const route = useRoute.getState().route;
      const workshopId = route.screen === 'workshop' ? route.workshopId : null;
      switch (command) {
        case 'new-workshop':
          goHome();
          setDialog('newWorkshop', true);
          break;
        case 'open-workshop':
          goHome();
          break;
        case 'import-workshop':
          void importWorkshop();
          break;
        case 'export-workshop':
          if (workshopId) void exportWorkshopFile(workshopId).catch((e: Error) => showToast({ message: e.message, tone: 'error' }));
          else showToast({ message: 'Open a workshop to export it, or use Export next to it in the list.', tone: 'info' });
          break;
        case 'export-pdf':
          if (workshopId) setDialog('exportPdf', true);
          else showToast({ message: 'Open a workshop to export it as PDF.', tone: 'info' });
          break;
        case 'undo':
        case 'redo':
          historyStep(command);
          break;
        case 'shortcuts':
          setDialog('shortcuts', true);
          break;
        case 'about':
          void appInfo().then((info) => showAlert(info));
          break;
      }
    };
    const offMenu = onAppCommand(run);
    const offFile = onOpenedFile((file) => void importOpenedFile(file));
    const onKey = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      if (!mod || event.altKey || isTextEntry(event.target) || event.defaultPrevented) return;
      const key = event.key.toLowerCase();
      if (key === 'z') {
        event.preventDefault();
        if (event.shiftKey) redo();
        else undo();
      } else if (key === 'y' && !event.shiftKey) {
        event.preventDefault();
        redo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => {
      offMenu();
      offFile();
      window.removeEventListener('keydown', onKey);
    };
  }, [importWorkshop]);
}
