import { useState, type FormEvent } from 'react';
import { canvasesInOrder } from '../../domain/canvasRecords';
import { setDialog, useDialogs } from '../../state/dialogs';
import {
  cancelPdfExport,
  defaultOrientation,
  defaultPdfFileName,
  EXPORT_KIND_LABELS,
  EXPORT_KINDS,
  exportOpenWorkshopPdf,
  PAGE_FORMAT_LABELS,
  PAGE_FORMATS,
  resetPdfExport,
  usePdfExport,
  type ExportKind,
  type Orientation,
  type PageFormat,
} from '../../state/exportPdf';
import { useRoute } from '../../state/route';
import { useEntities } from '../../state/selectors';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { ExportProgress } from './ExportProgress';
import { MissingGlyphs } from './MissingGlyphs';
import './export.css';

export function ExportPdfDialog() {
  const open = useDialogs((s) => s.exportPdf);
  const entities = useEntities();
  const route = useRoute((s) => s.route);
  const state = usePdfExport();
  const running = state.phase === 'preparing' || state.phase === 'drawing';
  const close = () => {
    if (running) return;
    resetPdfExport();
    setDialog('exportPdf', false);
  };
  // The canvas on screen: the one the route names, else the first one, as the canvas section shows it.
  const onCanvas = route.screen === 'workshop' && route.section === 'canvas' && entities;
  const canvasId = onCanvas ? ((route.itemId && entities.canvases[route.itemId] ? route.itemId : canvasesInOrder(entities)[0]?.id) ?? null) : null;
  return (
    <Dialog title="Export PDF" open={open} onClose={close} width={520}>
      {open && entities ? (
        <ExportForm key={entities.workshop.id} nameFor={(what) => defaultPdfFileName(entities, what, canvasId)} canvasId={canvasId} hasCanvases={Object.keys(entities.canvases).length > 0} running={running} onClose={close} />
      ) : (
        <p>Open a workshop to export it as a PDF.</p>
      )}
      {state.phase === 'warned' && <MissingGlyphs fileName={state.fileName} warnings={state.warnings} />}
      {state.phase === 'failed' && (
        <p className="export-error" role="alert">
          The PDF could not be made: {state.message}
        </p>
      )}
    </Dialog>
  );
}

interface FormProps {
  /** The file name suggested for each kind of export. */
  nameFor: (what: ExportKind) => string;
  canvasId: string | null;
  hasCanvases: boolean;
  running: boolean;
  onClose: () => void;
}

function ExportForm({ nameFor, canvasId, hasCanvases, running, onClose }: FormProps) {
  const initialWhat: ExportKind = canvasId ? 'canvas' : 'report';
  const [what, setWhat] = useState<ExportKind>(initialWhat);
  const [format, setFormat] = useState<PageFormat>('a4');
  const [orientation, setOrientation] = useState<Orientation>(defaultOrientation(initialWhat));
  const [orientationChosen, setOrientationChosen] = useState(false);
  const [showVotes, setShowVotes] = useState(true);
  const [showAuthors, setShowAuthors] = useState(true);
  const [showScores, setShowScores] = useState(true);
  const [fileName, setFileName] = useState(() => nameFor(initialWhat));
  const [nameEdited, setNameEdited] = useState(false);

  const choose = (next: ExportKind) => {
    setWhat(next);
    if (!orientationChosen) setOrientation(defaultOrientation(next));
    if (!nameEdited) setFileName(nameFor(next));
  };
  const unavailable = (kind: ExportKind) => (kind === 'canvas' && !canvasId) || ((kind === 'canvas' || kind === 'canvases') && !hasCanvases);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (running) return;
    const outcome = await exportOpenWorkshopPdf({ what, canvasId, format, orientation, showVotes, showAuthors, showScores }, fileName);
    if (outcome === 'saved') onClose();
    // 'warned': saved, and the dialog stays open to list what prints as a box.
  };

  return (
    <form className="export-form" onSubmit={submit} noValidate>
      <fieldset className="export-choices" disabled={running}>
        <legend>What to export</legend>
        {EXPORT_KINDS.map((kind) => (
          <label key={kind} className="export-choice">
            <input type="radio" name="export-what" value={kind} checked={what === kind} disabled={unavailable(kind)} onChange={() => choose(kind)} />
            <span>{EXPORT_KIND_LABELS[kind]}</span>
            {kind === 'canvas' && !canvasId && <span className="export-choice-hint">open a canvas first</span>}
          </label>
        ))}
      </fieldset>
      <div className="export-row">
        <Field label="Page size">
          <select value={format} disabled={running} onChange={(e) => setFormat(e.target.value as PageFormat)}>
            {PAGE_FORMATS.map((f) => (
              <option key={f} value={f}>
                {PAGE_FORMAT_LABELS[f]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Orientation">
          <select
            value={orientation}
            disabled={running}
            onChange={(e) => {
              setOrientation(e.target.value as Orientation);
              setOrientationChosen(true);
            }}
          >
            <option value="portrait">Portrait</option>
            <option value="landscape">Landscape</option>
          </select>
        </Field>
      </div>
      <fieldset className="export-options" disabled={running}>
        <legend>Options</legend>
        <label className="export-choice">
          <input type="checkbox" checked={showVotes} onChange={(e) => setShowVotes(e.target.checked)} />
          <span>Show vote counts</span>
        </label>
        <label className="export-choice">
          <input type="checkbox" checked={showAuthors} onChange={(e) => setShowAuthors(e.target.checked)} />
          <span>Show authors</span>
        </label>
        <label className="export-choice">
          <input type="checkbox" checked={showScores} onChange={(e) => setShowScores(e.target.checked)} />
          <span>Show scores</span>
          <span className="export-choice-hint">on canvas headers and map nodes</span>
        </label>
      </fieldset>
      <Field label="File name">
        <input
          type="text"
          value={fileName}
          disabled={running}
          onChange={(e) => {
            setFileName(e.target.value);
            setNameEdited(true);
          }}
        />
      </Field>
      {running && <ExportProgress />}
      <div className="dialog-footer export-footer">
        {running ? (
          <Button onClick={cancelPdfExport}>Cancel export</Button>
        ) : (
          <Button onClick={onClose}>Cancel</Button>
        )}
        <Button type="submit" variant="primary" disabled={running || unavailable(what)}>
          {running ? 'Exporting…' : 'Export'}
        </Button>
      </div>
    </form>
  );
}
