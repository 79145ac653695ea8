import { usePdfExport } from '../../state/exportPdf';

/** Where a running export is: loading fonts, then page by page. */
export function ExportProgress() {
  const state = usePdfExport();
  const drawing = state.phase === 'drawing';
  const text = drawing ? `Drawing page ${state.done} of ${state.total}…` : 'Loading fonts and laying out pages…';
  return (
    <div className="export-progress" role="status">
      <progress aria-label="Export progress" max={drawing ? state.total : undefined} value={drawing ? state.done : undefined} />
      <span>{text}</span>
    </div>
  );
}
