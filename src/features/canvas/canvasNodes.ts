import type { Node } from '@xyflow/react';
import { CANVAS_FIELDS, NOTE_HEIGHT, NOTE_WIDTH, absolutePosition, boxOf, type CanvasField, type FieldRects, type Heights, type Note, type NoteColor } from '../../domain';
import type { NoteDraft } from '../../state/canvasEditing';

export interface FieldNodeData extends Record<string, unknown> {
  field: CanvasField;
  canvasId: string;
  noteCount: number;
  active: boolean;
  /** While notes are hidden: how many are under covers in this field (silent brainstorming's progress). */
  hiddenCount: number | null;
}

export interface NoteNodeData extends Record<string, unknown> {
  /** null for the draft of a note not yet on the canvas. */
  noteId: string | null;
  field: CanvasField;
  text: string;
  color: NoteColor;
  /** The vote count to show, or null while votes are hidden. */
  votes: number | null;
  /** The current voter's own dots on this note, shown to them while counts are hidden. */
  mine: number;
  hidden: boolean;
  editing: boolean;
  /** Who wrote it, when a participant added it in a named live session. */
  author: string | null;
  /** A participant's note cut to the live limit. */
  clamped: boolean;
}

export type FieldNode = Node<FieldNodeData, 'field'>;
export type NoteNode = Node<NoteNodeData, 'note'>;
export type CanvasNode = FieldNode | NoteNode;

export const DRAFT_NODE_ID = 'draft-note';
export const fieldNodeId = (field: CanvasField) => `field-${field}`;

export interface BoardView {
  canvasId: string;
  notes: readonly Note[];
  rects: FieldRects;
  /** Notes' heights as measured on screen, where known. */
  heights: Heights;
  draft: NoteDraft | null;
  editingId: string | null;
  activeField: CanvasField;
  /** Voting hides counts until they are revealed; outside voting, counts above zero show. */
  showVotes: boolean;
  notesHidden: boolean;
  /** The current voter's dots per note, during a hidden vote. */
  mine: Readonly<Record<string, number>>;
  /** What the room allows on this board (voting and presenting hold notes still). */
  canMove: boolean;
  canSelect: boolean;
  /** Presenting one field: the others are left out, so none shows cut off at the screen's edge. */
  onlyField: CanvasField | null;
  color: NoteColor;
}

/** The domain as React Flow nodes: four fields behind, notes (and a draft being written) on top. */
export function toCanvasNodes(view: BoardView): CanvasNode[] {
  const counts: Record<CanvasField, number> = { desiredAssets: 0, valueOffer: 0, transferActivity: 0, createdValue: 0 };
  for (const note of view.notes) counts[note.field]++;
  const fields: FieldNode[] = CANVAS_FIELDS.map((field) => {
    const rect = view.rects[field];
    return {
      id: fieldNodeId(field),
      type: 'field',
      position: { x: rect.x, y: rect.y },
      width: rect.width,
      height: rect.height,
      draggable: false,
      selectable: false,
      focusable: false,
      deletable: false,
      hidden: view.onlyField !== null && view.onlyField !== field,
      zIndex: 0,
      style: { pointerEvents: 'none' },
      data: { field, canvasId: view.canvasId, noteCount: counts[field], active: field === view.activeField, hiddenCount: view.notesHidden ? counts[field] : null },
    };
  });
  const notes: NoteNode[] = [...view.notes]
    .sort((a, b) => a.order - b.order)
    .map((note) => {
      const editing = note.id === view.editingId;
      return {
        id: note.id,
        type: 'note',
        position: absolutePosition(note, view.rects),
        initialWidth: NOTE_WIDTH,
        // React Flow reports this as the note's first measured size before it measures the note, so it is the best height known.
        initialHeight: boxOf(note, view.heights).height,
        draggable: view.canMove && !editing,
        selectable: view.canSelect,
        deletable: false,
        hidden: view.onlyField !== null && view.onlyField !== note.field,
        zIndex: editing ? 3 : 1,
        data: {
          noteId: note.id,
          field: note.field,
          text: note.text,
          color: note.color,
          votes: view.showVotes ? note.votes : null,
          mine: view.mine[note.id] ?? 0,
          hidden: view.notesHidden && !editing,
          editing,
          author: note.author ?? null,
          clamped: note.live?.clamped === true,
        },
      };
    });
  if (view.draft && view.draft.canvasId === view.canvasId) {
    const { field, x, y } = view.draft;
    notes.push({
      id: DRAFT_NODE_ID,
      type: 'note',
      position: absolutePosition({ field, x, y }, view.rects),
      initialWidth: NOTE_WIDTH,
      initialHeight: NOTE_HEIGHT,
      draggable: false,
      selectable: false,
      deletable: false,
      zIndex: 3,
      data: { noteId: null, field, text: '', color: view.color, votes: null, mine: 0, hidden: false, editing: true, author: null, clamped: false },
    });
  }
  return [...fields, ...notes];
}

function sameData(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.is(a[key], b[key]));
}

function sameNode(a: CanvasNode, b: CanvasNode): boolean {
  return (
    a.type === b.type &&
    a.position.x === b.position.x &&
    a.position.y === b.position.y &&
    a.width === b.width &&
    a.height === b.height &&
    a.draggable === b.draggable &&
    a.selectable === b.selectable &&
    a.zIndex === b.zIndex &&
    a.hidden === b.hidden &&
    sameData(a.data, b.data)
  );
}

/**
 * New nodes from the domain, keeping what React Flow knows (measured size, selection) and reusing
 * unchanged node objects, so that memoised notes don't re-render for someone else's change.
 */
export function mergeNodes(next: CanvasNode[], previous: readonly CanvasNode[], selectNew: ReadonlySet<string>): CanvasNode[] {
  const before = new Map(previous.map((node) => [node.id, node]));
  const reselect = next.some((node) => !before.has(node.id) && selectNew.has(node.id));
  return next.map((node) => {
    const old = before.get(node.id);
    const selected = node.selectable === false ? false : reselect ? selectNew.has(node.id) : Boolean(old?.selected);
    if (old && sameNode(old, node) && Boolean(old.selected) === selected) return old;
    // A note that only moved (its field grew) keeps its data object: its memoised view does not render again.
    const data = old && sameData(old.data, node.data) ? old.data : node.data;
    return { ...node, data, selected, measured: old?.measured } as CanvasNode;
  });
}
