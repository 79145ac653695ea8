import { useCallback, useMemo, useRef, useState, type MouseEvent } from 'react';
import { Background, BackgroundVariant, Panel, PanOnScrollMode, ReactFlow, applyNodeChanges, useReactFlow, type NodeChange, type OnNodeDrag } from '@xyflow/react';
import {
  CANVAS_FIELDS,
  FIELD_HEADER,
  NOTE_WIDTH,
  absolutePosition,
  canvasFieldAt,
  clampToField,
  fieldRects,
  notesOfCanvas,
  placeDroppedNote,
  type Canvas,
  type NoteMove,
} from '../../domain';
import { moveCanvasNotes } from '../../state/canvasActions';
import { setActiveField, startDraft, startEdit, useCanvasEditing } from '../../state/canvasEditing';
import { useFacilitation, voteOnNote } from '../../state/canvasFacilitation';
import { useWorkshopStore } from '../../state/workshopStore';
import { DRAFT_NODE_ID, mergeNodes, toCanvasNodes, type CanvasNode, type NoteNode as NoteNodeType } from './canvasNodes';
import { FieldNode } from './FieldNode';
import { NoteNode } from './NoteNode';
import { SelectionBar } from './SelectionBar';
import { useCanvasKeys } from './useCanvasKeys';
import { fillingRowHeight, useBoardViewport, useFlowSize } from './useBoardViewport';
import { useBoardCommandsOf } from './boardCommands';
import { useVoteFeedback } from './VotingBar';

const nodeTypes = { field: FieldNode, note: NoteNode };
const EMPTY_NOTES = {};
const NO_EDGES: never[] = [];
const isNote = (node: CanvasNode): node is NoteNodeType => node.type === 'note' && node.data.noteId !== null;

/** The board: React Flow over the canvas's notes. Positions live in the store; React Flow only holds them mid-drag. */
export function CanvasBoard({ canvas }: { canvas: Canvas }) {
  const allNotes = useWorkshopStore((s) => s.entities?.notes ?? EMPTY_NOTES);
  const notes = useMemo(() => notesOfCanvas({ notes: allNotes }, canvas.id), [allNotes, canvas.id]);
  const { draft, editingId, activeField, color } = useCanvasEditing();
  const [heights, setHeights] = useState<Record<string, number>>({});
  const size = useFlowSize();
  const minRowHeight = fillingRowHeight(size);
  // A note being written counts too, so its field grows to hold it before it is saved.
  const rects = useMemo(
    () => fieldRects(draft?.canvasId === canvas.id ? [...notes, { id: DRAFT_NODE_ID, ...draft }] : notes, heights, minRowHeight),
    [notes, heights, draft, canvas.id, minRowHeight],
  );
  const { voting, notesHidden, presentStep } = useFacilitation();
  const votingHere = voting?.canvasId === canvas.id ? voting : null;
  const presenting = presentStep !== null;
  const flow = useReactFlow();
  const feedback = useVoteFeedback();

  const derived = useMemo(
    () =>
      toCanvasNodes({
        canvasId: canvas.id,
        notes,
        rects,
        draft,
        editingId,
        activeField,
        color,
        showVotes: votingHere ? votingHere.revealed : true,
        notesHidden,
        locked: Boolean(votingHere) || presenting,
        onlyField: presentStep ? (CANVAS_FIELDS[presentStep - 1] ?? null) : null,
      }),
    [canvas.id, notes, rects, draft, editingId, activeField, color, votingHere, notesHidden, presenting, presentStep],
  );
  const selectNext = useRef<Set<string>>(new Set());
  const [nodes, setNodes] = useState<CanvasNode[]>(derived);
  const [syncedFrom, setSyncedFrom] = useState(derived);
  if (syncedFrom !== derived) {
    setSyncedFrom(derived);
    setNodes(mergeNodes(derived, nodes, selectNext.current));
  }
  const derivedRef = useRef(derived);
  derivedRef.current = derived;
  const resync = useCallback(() => setNodes((current) => mergeNodes(derivedRef.current, current, new Set())), []);

  const dragging = useRef(false);
  const commitPositions = useCallback(
    (moved: readonly CanvasNode[]) => {
      const moves: NoteMove[] = [];
      for (const node of moved) {
        if (!isNote(node)) continue;
        const note = notes.find((n) => n.id === node.id);
        if (note) moves.push({ id: note.id, ...placeDroppedNote(node.position, note.field, rects) });
      }
      moveCanvasNotes(moves);
      resync();
    },
    [notes, rects, resync],
  );

  const onNodesChange = useCallback(
    (changes: NodeChange<CanvasNode>[]) => {
      const kept = changes.filter((change) => change.type !== 'remove' && change.type !== 'add' && change.type !== 'replace');
      const measured = kept.flatMap((c) => (c.type === 'dimensions' && c.dimensions && !c.id.startsWith('field-') ? [[c.id, Math.round(c.dimensions.height)] as const] : []));
      if (measured.length) setHeights((current) => (measured.every(([id, h]) => current[id] === h) ? current : { ...current, ...Object.fromEntries(measured) }));
      setNodes((current) => {
        const next = applyNodeChanges(kept, current);
        // Arrow keys move selected notes without a drag: each press is saved as it comes.
        if (!dragging.current && kept.some((c) => c.type === 'position' && c.dragging === false)) {
          const ids = new Set(kept.filter((c) => c.type === 'position').map((c) => ('id' in c ? c.id : '')));
          queueMicrotask(() => commitPositions(next.filter((n) => ids.has(n.id))));
        }
        return next;
      });
    },
    [commitPositions],
  );

  const onNodeDragStart: OnNodeDrag<CanvasNode> = useCallback(() => {
    dragging.current = true;
  }, []);
  const onNodeDragStop: OnNodeDrag<CanvasNode> = useCallback(
    (_event, _node, dragged) => {
      dragging.current = false;
      commitPositions(dragged);
    },
    [commitPositions],
  );

  const onNodeClick = useCallback(
    (event: MouseEvent, node: CanvasNode) => {
      if (!isNote(node)) return;
      if (votingHere && !presenting) feedback(voteOnNote(node.id, event.altKey || event.shiftKey));
      else setActiveField(node.data.field);
    },
    [votingHere, presenting, feedback],
  );

  const onNodeDoubleClick = useCallback(
    (_event: MouseEvent, node: CanvasNode) => {
      if (isNote(node) && !votingHere && !presenting) startEdit(node.id);
    },
    [votingHere, presenting],
  );

  const fieldUnder = (event: MouseEvent) => {
    const point = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
    const field = canvasFieldAt(point, rects);
    return field ? { field, point } : null;
  };

  const onPaneClick = (event: MouseEvent) => {
    const hit = fieldUnder(event);
    if (hit) setActiveField(hit.field);
  };

  const onDoubleClick = (event: MouseEvent) => {
    if (votingHere || presenting || !(event.target as Element).classList.contains('react-flow__pane')) return;
    const hit = fieldUnder(event);
    if (!hit) return;
    const rect = rects[hit.field];
    startDraft(canvas.id, hit.field, clampToField({ x: hit.point.x - rect.x - NOTE_WIDTH / 2, y: Math.max(FIELD_HEADER, hit.point.y - rect.y - 24) }, rect));
  };

  const draftAt = draft?.canvasId === canvas.id ? absolutePosition(draft, rects) : null;
  const viewport = useBoardViewport(rects, size, presentStep, draftAt);
  useBoardCommandsOf({ fitToWindow: viewport.fitToWindow, zoomBy: viewport.zoomBy });
  const selectedIds = useMemo(() => nodes.filter((n) => n.selected && isNote(n)).map((n) => n.id), [nodes]);
  const selectAll = useCallback(() => setNodes((current) => current.map((n) => (isNote(n) && !n.selected ? { ...n, selected: true } : n))), []);
  useCanvasKeys({ canvasId: canvas.id, selectedIds, selectNext, enabled: !presenting, selectAll });

  return (
    <ReactFlow<CanvasNode>
      className={`canvas-flow${votingHere ? ' is-voting' : ''}`}
      nodes={nodes}
      edges={NO_EDGES}
      nodeTypes={nodeTypes}
      onNodesChange={onNodesChange}
      onNodeDragStart={onNodeDragStart}
      onNodeDragStop={onNodeDragStop}
      onNodeClick={onNodeClick}
      onNodeDoubleClick={onNodeDoubleClick}
      onPaneClick={onPaneClick}
      onDoubleClick={onDoubleClick}
      onMoveEnd={viewport.onMoveEnd}
      translateExtent={viewport.extent}
      minZoom={0.2}
      maxZoom={4}
      panOnScroll
      panOnScrollMode={PanOnScrollMode.Free}
      zoomOnScroll={false}
      zoomOnDoubleClick={false}
      deleteKeyCode={null}
      selectionKeyCode="Shift"
      multiSelectionKeyCode={['Shift', 'Meta', 'Control']}
      nodesConnectable={false}
      elevateNodesOnSelect
      disableKeyboardA11y={presenting}
      colorMode="system"
    >
      <Background variant={BackgroundVariant.Dots} gap={24} size={1.2} className="canvas-bg" />
      {!presenting && viewport.manual && (
        <Panel position="bottom-right">
          <button type="button" className="btn btn-secondary btn-sm canvas-fit" onClick={viewport.fitToWindow} title="Fit to window (0)">
            Fit to window
          </button>
        </Panel>
      )}
      {!presenting && selectedIds.length > 0 && (
        <Panel position="bottom-center">
          <SelectionBar ids={selectedIds} />
        </Panel>
      )}
    </ReactFlow>
  );
}

