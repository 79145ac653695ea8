import { useState } from 'react';
import { canvasesInOrder, type Canvas } from '../../domain';
import { createCanvasAndOpen, deleteCanvasWithRestore, duplicateCanvasAndOpen, renameCanvasTo } from '../../state/canvasActions';
import { goToSection } from '../../state/route';
import { useEntities } from '../../state/selectors';
import { PlusIcon } from '../../ui/icons';
import { CanvasDialog } from './CanvasDialog';
import { CopyIcon, PencilIcon, TrashIcon } from './canvasIcons';

/** Which canvas is open, and the canvases' own actions: new, rename, duplicate as a new version, delete. */
export function CanvasPicker({ canvas }: { canvas: Canvas }) {
  const entities = useEntities();
  const [dialog, setDialog] = useState<'new' | 'rename' | null>(null);
  if (!entities) return null;
  const canvases = canvasesInOrder(entities);
  const partners = Object.values(entities.partners).sort((a, b) => a.name.localeCompare(b.name));
  const partner = canvas.partnerId ? entities.partners[canvas.partnerId] : undefined;
  return (
    <div className="canvas-picker">
      <select className="canvas-select" aria-label="Canvas" value={canvas.id} onChange={(e) => goToSection(entities.workshop.id, 'canvas', e.target.value)}>
        {canvases.map((c) => (
          <option key={c.id} value={c.id}>
            {c.title}
          </option>
        ))}
      </select>
      {partner && <span className="canvas-partner" title={`Canvas for ${partner.name}`}>{partner.name}</span>}
      <button type="button" className="icon-btn" aria-label="Rename canvas" title="Rename canvas" onClick={() => setDialog('rename')}>
        <PencilIcon />
      </button>
      <button type="button" className="icon-btn" aria-label="Duplicate canvas as a new version" title="Duplicate as a new version" onClick={() => duplicateCanvasAndOpen(canvas.id)}>
        <CopyIcon />
      </button>
      <button type="button" className="icon-btn" aria-label="Delete canvas" title="Delete canvas" onClick={() => deleteCanvasWithRestore(canvas.id)}>
        <TrashIcon />
      </button>
      <button type="button" className="icon-btn" aria-label="New canvas" title="New canvas" onClick={() => setDialog('new')}>
        <PlusIcon />
      </button>
      {dialog && (
        <CanvasDialog
          mode={dialog}
          initialTitle={dialog === 'rename' ? canvas.title : 'Partnership Canvas'}
          partners={partners}
          onClose={() => setDialog(null)}
          onSubmit={(input) => (dialog === 'rename' ? renameCanvasTo(canvas.id, input.title) : createCanvasAndOpen(input))}
        />
      )}
    </div>
  );
}
