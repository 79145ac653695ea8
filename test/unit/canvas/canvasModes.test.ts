import { beforeEach, describe, expect, it } from 'vitest';
import { createExampleWorkshop, toEntities } from '../../../src/domain';
import { nextEditingMode, startDraft, startEdit, useCanvasEditing, type EditingMode } from '../../../src/state/canvasEditing';
import { useCanvasNotice } from '../../../src/state/canvasNotice';
import { refusalOf, roomRules, setNotesHidden, startPresenting, startVoting, stopPresenting, endVoting, useCanvasRoom, type RoomState } from '../../../src/state/canvasRoom';
import { useWorkshopStore } from '../../../src/state/workshopStore';
import { activeInputs } from '../../../src/features/canvas/input/boardInput';

const draft = { canvasId: 'c1', field: 'valueOffer', x: 20, y: 90 } as const;
const idle: EditingMode = { kind: 'idle' };

describe('the editing mode', () => {
  it('goes idle → drafting → editing → idle, and a new note may replace the one being written', () => {
    const drafting = nextEditingMode(idle, { type: 'draft', draft });
    expect(drafting).toEqual({ kind: 'drafting', draft });
    const editing = nextEditingMode(drafting, { type: 'edit', noteId: 'n1' });
    expect(editing).toEqual({ kind: 'editing', noteId: 'n1' });
    expect(nextEditingMode(editing, { type: 'draft', draft })).toEqual({ kind: 'drafting', draft });
    expect(nextEditingMode(editing, { type: 'done' })).toEqual(idle);
  });

  it('a drag starts only from idle and runs to its drop: nothing else starts during it', () => {
    const dragging = nextEditingMode(idle, { type: 'drag', noteIds: ['n1'] });
    expect(dragging).toEqual({ kind: 'dragging', noteIds: ['n1'] });
    expect(nextEditingMode(dragging, { type: 'draft', draft })).toBe(dragging);
    expect(nextEditingMode(dragging, { type: 'edit', noteId: 'n2' })).toBe(dragging);
    expect(nextEditingMode(dragging, { type: 'done' })).toEqual(idle);
    const writing = nextEditingMode(idle, { type: 'edit', noteId: 'n1' });
    expect(nextEditingMode(writing, { type: 'drag', noteIds: ['n1'] })).toBe(writing);
  });
});

const room = (parts: Partial<RoomState> = {}): RoomState => ({ voting: null, votesPerParticipant: 3, onePerNote: false, notesHidden: false, presenting: null, ...parts });
const votingOn = (canvasId: string) => ({ canvasId, roundId: 'r1', ballot: { perParticipant: 3, used: 0 }, participant: 1, revealed: false, mine: {} });

describe('the room mode', () => {
  it('with no part on, everything but voting is allowed', () => {
    expect(roomRules(room(), 'c1')).toEqual({ addNotes: true, editNotes: true, moveNotes: true, selectNotes: true, vote: false });
  });

  it('voting holds notes still on its own canvas only, and a click votes there', () => {
    const r = room({ voting: votingOn('c1') });
    expect(roomRules(r, 'c1')).toMatchObject({ addNotes: false, editNotes: false, moveNotes: false, selectNotes: false, vote: true });
    expect(roomRules(r, 'c2')).toMatchObject({ addNotes: true, vote: false });
    expect(refusalOf(r, 'c1', 'addNotes')).toMatch(/Voting is on/);
    expect(refusalOf(r, 'c2', 'addNotes')).toBeNull();
  });

  it('parts combine: hidden notes still take new ones, presenting takes the vote away, and each refusal names its reason', () => {
    const hidden = room({ notesHidden: true });
    expect(roomRules(hidden, 'c1')).toMatchObject({ addNotes: true, editNotes: false, moveNotes: true });
    expect(refusalOf(hidden, 'c1', 'editNotes')).toMatch(/Notes are hidden/);
    const all = room({ notesHidden: true, voting: votingOn('c1'), presenting: { step: 2 } });
    expect(roomRules(all, 'c1')).toEqual({ addNotes: false, editNotes: false, moveNotes: false, selectNotes: false, vote: false });
    expect(refusalOf(all, 'c1', 'addNotes')).toMatch(/presented/);
  });

  it('the input modes are asked innermost first, with the editor underneath every one', () => {
    const names = (mode: EditingMode, r: RoomState) => activeInputs(mode, r, 'c1').map((i) => i.name);
    expect(names(idle, room())).toEqual(['editor']);
    expect(names({ kind: 'dragging', noteIds: [] }, room({ voting: votingOn('c1') }))).toEqual(['dragging', 'voting', 'editor']);
    expect(names({ kind: 'drafting', draft }, room({ presenting: { step: 0 } }))).toEqual(['writing', 'presenting', 'editor']);
    expect(names(idle, room({ voting: votingOn('c2') }))).toEqual(['editor']);
  });
});

describe('one way to start a note, whatever the mode', () => {
  beforeEach(() => {
    useWorkshopStore.setState({ entities: toEntities(createExampleWorkshop('2026-03-02T09:00:00.000Z')) });
    useCanvasEditing.setState({ mode: idle });
    useCanvasRoom.setState(room());
  });
  const canvasId = () => Object.values(useWorkshopStore.getState().entities?.canvases ?? {})[0]?.id ?? '';

  it('is refused with the same reason during voting and while presenting, and allowed again after', () => {
    const id = canvasId();
    startVoting(id);
    expect(startDraft(id, 'valueOffer')).toBe(false);
    expect(useCanvasNotice.getState().message).toMatch(/Voting is on/);
    expect(useCanvasEditing.getState().mode).toEqual(idle);
    endVoting();
    startPresenting();
    expect(startDraft(id, 'valueOffer', { x: 30, y: 100 })).toBe(false);
    expect(useCanvasNotice.getState().message).toMatch(/presented/);
    stopPresenting();
    expect(startDraft(id, 'valueOffer', { x: 30, y: 100 })).toBe(true);
    expect(useCanvasEditing.getState().mode).toMatchObject({ kind: 'drafting', draft: { canvasId: id, field: 'valueOffer' } });
  });

  it('hidden notes take new notes but are not opened for editing', () => {
    const id = canvasId();
    const note = Object.values(useWorkshopStore.getState().entities?.notes ?? {}).find((n) => n.canvasId === id);
    setNotesHidden(true);
    expect(startEdit(note?.id ?? '')).toBe(false);
    expect(useCanvasNotice.getState().message).toMatch(/Notes are hidden/);
    expect(startDraft(id, 'createdValue')).toBe(true);
  });
});
