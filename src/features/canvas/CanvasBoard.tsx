import { useCallback, useMemo, useState, type MouseEvent } from 'react';
import { Background, BackgroundVariant, Panel, PanOnScrollMode, ReactFlow, useReactFlow, type OnNodeDrag } from '@xyflow/react';
import { CANVAS_FIELDS, absolutePosition, canvasFieldAt, fieldRects, notesOfCanvas, placeDroppedNote, type Canvas, type NoteMove } from '../../domain';
import { moveCanvasNotes } from '../../state/canvasActions';
import { draftOf, editingIdOf, endDrag, setActiveField, startDrag, useCanvasEditing } from '../../state/canvasEditing';
import { roomRules, useCanvasRoom } from '../../state/canvasRoom';
import { useLiveOnCanvas } from '../../state/live/liveStore';
import { recordNoteHeights, useNoteHeights } from '../../state/noteHeights';
import { useWorkshopStore } from '../../state/workshopStore';
import { useBoardCommandsOf } from './boardCommands';
import { BoardContextMenu, type MenuTarget, type OpenMenu } from './BoardContextMenu';
import { DRAFT_NODE_ID, toCanvasNodes, type CanvasNode, type NoteNode as NoteNodeType } from './canvasNodes';
import { FieldNode } from './FieldNode';
import { useBoardInput } from './input/useBoardInput';
import { NoteNode } from './NoteNode';
import { SelectionBar } from './SelectionBar';
import { fillingRowHeight, useBoardViewport, useFlowSize } from './useBoardViewport';
import { useBoardNodes } from './useBoardNodes';
import { useStableHandlers } from './useStableHandlers';

const nodeTypes = { field: FieldNode, note: NoteNode };
const EMPTY_NOTES = {};
const NO_EDGES: never[] = [];
const NO_MARKS = {};
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];
const isNote = (node: CanvasNode): node is NoteNodeType => node.type === 'note' && node.data.noteId !== null;

/** The board: React Flow over the canvas's notes. Positions live in the store; React Flow only holds them mid-drag. */
export function CanvasBoard({ canvas }: { canvas: Canvas }) {
  const entities = useWorkshopStore((s) => s.entities);
  const allNotes = entities?.notes ?? EMPTY_NOTES;
  const notes = useMemo(() => notesOfCanvas({ notes: allNotes }, canvas.id), [allNotes, canvas.id]);
  const { mode, activeField, color } = useCanvasEditing();
  const draft = draftOf(mode);
  const draftHere = draft?.canvasId === canvas.id ? draft : null;
  const editingId = editingIdOf(mode);
  const room = useCanvasRoom();
  const live = useLiveOnCanvas(canvas.id);
  // In a live session everyone votes on their own device: a click here is not a vote for anyone.
  const rules = useMemo(() => ({ ...roomRules(room, canvas.id), ...(live ? { vote: false } : {}) }), [room, canvas.id, live]);
  const votingHere = room.voting?.canvasId === canvas.id ? room.voting : null;
  const presentStep = room.presenting?.step ?? null;
  const heights = useNoteHeights((s) => s.heights);
  const size = useFlowSize();
  const minRowHeight = fillingRowHeight(size);
  // A note being written counts too, so its field grows to hold it before it is saved.
  const rects = useMemo(() => fieldRects(draftHere ? [...notes, { id: DRAFT_NODE_ID, ...draftHere }] : notes, heights, minRowHeight), [notes, heights, draftHere, minRowHeight]);
  const flow = useReactFlow();

  const derived = useMemo(
    () =>
      toCanvasNodes({
        canvasId: canvas.id,
        notes,
        rects,
        heights,
        draft: draftHere,
        editingId,
        activeField,
        color,
        showVotes: votingHere ? votingHere.revealed : true,
        mine: votingHere && !votingHere.revealed ? votingHere.mine : NO_MARKS,
        notesHidden: room.notesHidden,
        canMove: rules.moveNotes,
        canSelect: rules.selectNotes,
        onlyField: presentStep ? (CANVAS_FIELDS[presentStep - 1] ?? null) : null,
      }),
    [canvas.id, notes, rects, heights, draftHere, editingId, activeField, color, votingHere, room.notesHidden, rules, presentStep],
  );

  const commitPositions = useCallback(
    (moved: readonly CanvasNode[]) => {
      const moves: NoteMove[] = [];
      for (const node of moved) {
        if (!isNote(node)) continue;
        const note = notes.find((n) => n.id === node.id);
        if (note) moves.push({ id: note.id, ...placeDroppedNote(node.position, note.field, rects) });
      }
      moveCanvasNotes(moves);
    },
    [notes, rects],
  );
  const board = useBoardNodes(derived, recordNoteHeights, commitPositions);
  const { resync, dragging } = board;

  const onNodeDragStart: OnNodeDrag<CanvasNode> = useCallback(
    (_event, _node, dragged) => {
      dragging.current = true;
      startDrag(dragged.map((n) => n.id));
    },
    [dragging],
  );
  const onNodeDragStop: OnNodeDrag<CanvasNode> = useCallback(
    (_event, _node, dragged) => {
      dragging.current = false;
      endDrag();
      commitPositions(dragged);
      resync();
    },
    [commitPositions, resync, dragging],
  );

  const selectedIds = useMemo(() => board.nodes.filter((n) => n.selected && isNote(n)).map((n) => n.id), [board.nodes]);
  const [menu, setMenu] = useState<OpenMenu | null>(null);
  const openMenu = (target: MenuTarget, at: { x: number; y: number }) => setMenu({ target, at, returnTo: document.activeElement as HTMLElement | null });
  const input = useBoardInput({
    canvasId: canvas.id,
    selectedIds,
    rules,
    rects,
    fieldAt: (screen) => {
      const point = flow.screenToFlowPosition(screen);
      const field = canvasFieldAt(point, rects);
      return field ? { field, point: { x: point.x - rects[field].x, y: point.y - rects[field].y } } : null;
    },
    selectAll: board.selectAll,
    clearSelection: board.clearSelection,
    selectWhenShown: board.selectWhenShown,
    openMenu,
  });

  const viewport = useBoardViewport(rects, size, presentStep, draftHere ? absolutePosition(draftHere, rects) : null);
  useBoardCommandsOf({ fitToWindow: viewport.fitToWindow, zoomBy: viewport.zoomBy });
  const presenting = presentStep !== null;

  const handlers = useStableHandlers({
    onNodeClick: (event: MouseEvent, node: CanvasNode) => isNote(node) && input.onNoteClick(event, node.id, node.data.field),
    onNodeDoubleClick: (event: MouseEvent, node: CanvasNode) => isNote(node) && input.onNoteDoubleClick(event, node.id),
    onNodeContextMenu: (event: MouseEvent, node: CanvasNode) => {
      event.preventDefault();
      if (!isNote(node) || presenting) return;
      openMenu({ kind: 'notes', ids: node.selected ? selectedIds : [node.id] }, { x: event.clientX, y: event.clientY });
    },
    onPaneContextMenu: (event: MouseEvent | globalThis.MouseEvent) => {
      event.preventDefault();
      const hit = presenting ? null : input.fieldAt(event);
      if (hit) openMenu({ kind: 'field', field: hit.field, at: hit.point }, { x: event.clientX, y: event.clientY });
    },
    onPaneClick: (event: MouseEvent) => {
      const hit = input.fieldAt(event);
      if (hit) setActiveField(hit.field);
    },
    onDoubleClick: (event: MouseEvent) => input.onPaneDoubleClick(event),
  });

  return (
    <ReactFlow<CanvasNode>
      className={`canvas-flow${votingHere ? ' is-voting' : ''}`}
      nodes={board.nodes}
      edges={NO_EDGES}
      nodeTypes={nodeTypes}
      onNodesChange={board.onNodesChange}
      onNodeDragStart={onNodeDragStart}
      onNodeDragStop={onNodeDragStop}
      onNodeClick={handlers.onNodeClick}
      onNodeDoubleClick={handlers.onNodeDoubleClick}
      onNodeContextMenu={handlers.onNodeContextMenu}
      onPaneContextMenu={handlers.onPaneContextMenu}
      onPaneClick={handlers.onPaneClick}
      onDoubleClick={handlers.onDoubleClick}
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
      multiSelectionKeyCode={MULTI_SELECT_KEYS}
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
      {menu && entities && <BoardContextMenu canvasId={canvas.id} menu={menu} entities={entities} rules={rules} onClose={() => setMenu(null)} onCreated={board.selectWhenShown} />}
      {!presenting && selectedIds.length > 0 && (
        <Panel position="bottom-center">
          <SelectionBar ids={selectedIds} />
        </Panel>
      )}
    </ReactFlow>
  );
}
