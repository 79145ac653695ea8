import { useState } from 'react';
import { canvasesInOrder, type Canvas } from '../../domain';
import { createCanvasAndOpen, deleteCanvasWithRestore, duplicateCanvasAndOpen, renameCanvasTo } from '../../state/canvasActions';
import { goToSection } from '../../state/route';
import { useEntities } from '../../state/selectors';
import { MenuButton } from '../../ui/Menu';
import { PlusIcon } from '../../ui/icons';
import { CanvasDialog } from './CanvasDialog';
import { MoreIcon } from './canvasIcons';

/** Which canvas is open, and the canvases' own actions: new (general or for a partner), rename, duplicate as a new version, delete. */
export function CanvasPicker({ canvas }: { canvas: Canvas }) {
  const entities = useEntities();
  const [dialog, setDialog] = useState<'new' | 'rename' | null>(null);
  if (!entities) return null;
  const canvases = canvasesInOrder(entities);
  const partner = canvas.partnerId ? entities.partners[canvas.partnerId] : undefined;
  return (
    <div className="canvas-picker">
      <select className="canvas-select" aria-label="Canvas" title={canvas.title} value={canvas.id} onChange={(e) => goToSection(entities.workshop.id, 'canvas', e.target.value)}>
        {canvases.map((c) => (
          <option key={c.id} value={c.id}>
            {c.title}
          </option>
        ))}
      </select>
      {partner && (
        <span className="canvas-partner" title={`Canvas for ${partner.name}`}>
          {partner.name}
        </span>
      )}
      <MenuButton
        label="Canvas actions"
        entries={[
          { label: 'New canvas…', onSelect: () => setDialog('new') },
          'separator',
          { label: 'Rename canvas', onSelect: () => setDialog('rename') },
          { label: 'Duplicate as a new version', onSelect: () => duplicateCanvasAndOpen(canvas.id) },
          'separator',
          { label: 'Delete canvas', danger: true, onSelect: () => deleteCanvasWithRestore(canvas.id) },
        ]}
      >
        <MoreIcon />
      </MenuButton>
      {/* Also first in the canvas menu, where the toolbar leaves no room for it. */}
      <button type="button" className="btn btn-ghost btn-sm canvas-new" onClick={() => setDialog('new')} title="A new canvas: general, or for one partner">
        <PlusIcon />
        New canvas
      </button>
      {dialog && (
        <CanvasDialog
          mode={dialog}
          initialTitle={dialog === 'rename' ? canvas.title : 'Partnership Canvas'}
          partners={Object.values(entities.partners)}
          onClose={() => setDialog(null)}
          onSubmit={(input) => (dialog === 'rename' ? renameCanvasTo(canvas.id, input.title) : createCanvasAndOpen(input))}
        />
      )}
    </div>
  );
}
