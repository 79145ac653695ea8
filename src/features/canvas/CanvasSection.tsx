import { useEffect, useRef, useState } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { canvasesInOrder, type Canvas } from '../../domain';
import { createCanvasAndOpen } from '../../state/canvasActions';
import { useCanvasRoom } from '../../state/canvasRoom';
import { useCanvasView } from '../../state/canvasView';
import { lastPlaceOf } from '../../state/lastPlace';
import { nameShownItem } from '../../state/route';
import { useEntities } from '../../state/selectors';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { GridIcon, PlusIcon } from '../../ui/icons';
import { LivePanel } from '../live/LivePanel';
import { CanvasBoard } from './CanvasBoard';
import { CanvasDialog } from './CanvasDialog';
import { CanvasNotice } from './CanvasNotice';
import { CanvasPicker } from './CanvasPicker';
import { CanvasToolbar } from './CanvasToolbar';
import { PresentBar } from './PresentBar';
import { usePresentation } from './usePresentation';
import { VotingBar } from './VotingBar';
import './canvas.css';

/** The Partnership Canvas section: the canvas named by the route (or the first one), or a way to make one. */
export function CanvasSection({ itemId }: { itemId: string | null }) {
  const entities = useEntities();
  const [creating, setCreating] = useState(false);
  if (!entities) return null;
  const canvases = canvasesInOrder(entities);
  // No canvas named: the one last used here, on this device.
  const wanted = itemId ?? lastPlaceOf(entities.workshop.id)?.canvasId;
  const canvas = (wanted ? entities.canvases[wanted] : undefined) ?? canvases[0];
  if (!canvas) {
    return (
      <>
        <EmptyState
          title="No canvas yet"
          icon={<GridIcon />}
          action={
            <Button variant="primary" icon={<PlusIcon />} onClick={() => setCreating(true)}>
              Create canvas
            </Button>
          }
        >
          A Partnership Canvas gathers what you seek from partners, what you offer, how you work together and what it creates. Make a general one, or one per partner.
        </EmptyState>
        {creating && <CanvasDialog mode="new" initialTitle="Partnership Canvas" partners={Object.values(entities.partners)} onClose={() => setCreating(false)} onSubmit={createCanvasAndOpen} />}
      </>
    );
  }
  return (
    <ReactFlowProvider key={canvas.id}>
      <CanvasScreen canvas={canvas} named={itemId === canvas.id} />
    </ReactFlowProvider>
  );
}

function CanvasScreen({ canvas, named }: { canvas: Canvas; named: boolean }) {
  useEffect(() => {
    if (!named) nameShownItem(canvas.workshopId, 'canvas', canvas.id);
  }, [named, canvas.workshopId, canvas.id]);
  const screen = useRef<HTMLDivElement>(null);
  const presentStep = useCanvasRoom((s) => s.presenting?.step ?? null);
  const { presenting, present } = usePresentation(screen);
  const largeText = useCanvasView((s) => s.largeText);
  return (
    <div ref={screen} className={`canvas-screen${presenting ? ' is-presenting' : ''}${largeText ? ' canvas-large-text' : ''}`}>
      {presenting ? (
        <PresentBar title={canvas.title} step={presentStep ?? 0} />
      ) : (
        <div className="canvas-top">
          <CanvasPicker canvas={canvas} />
          <CanvasToolbar canvasId={canvas.id} onPresent={present} />
        </div>
      )}
      {!presenting && <VotingBar canvasId={canvas.id} />}
      {/* The live panel sits beside the board, not over it: the board fits the room left for it. */}
      <div className="canvas-board">
        <div className="canvas-board-main">
          <CanvasBoard canvas={canvas} />
          <CanvasNotice />
        </div>
        {!presenting && <LivePanel canvasId={canvas.id} />}
      </div>
    </div>
  );
}
