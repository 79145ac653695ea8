import { AlertDialog } from './features/app/AlertDialog';
import { ErrorBoundary } from './features/app/ErrorBoundary';
import { ImportConflictDialog } from './features/app/ImportConflictDialog';
import { ToastRegion } from './features/app/ToastRegion';
import { useAppCommands } from './features/app/useAppCommands';
import { ExportPdfDialog } from './features/export/ExportPdfDialog';
import { ShortcutSheet } from './features/help/ShortcutSheet';
import { HomeScreen } from './features/home/HomeScreen';
import { WorkshopShell } from './features/shell/WorkshopShell';
import { setDialog, useDialogs } from './state/dialogs';
import { useRoute } from './state/route';

export function App() {
  const route = useRoute((s) => s.route);
  const newWorkshopOpen = useDialogs((s) => s.newWorkshop);
  useAppCommands();
  return (
    <>
      <ErrorBoundary resetKey={JSON.stringify(route)}>
        {route.screen === 'home' ? (
          <HomeScreen newWorkshopOpen={newWorkshopOpen} setNewWorkshopOpen={(open) => setDialog('newWorkshop', open)} />
        ) : (
          <WorkshopShell workshopId={route.workshopId} section={route.section} itemId={route.itemId} />
        )}
      </ErrorBoundary>
      <ExportPdfDialog />
      <ImportConflictDialog />
      <AlertDialog />
      <ShortcutSheet />
      <ToastRegion />
    </>
  );
}
