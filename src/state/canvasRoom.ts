import { create } from 'zustand';
import { CANVAS_FIELDS, closeRound, DEFAULT_VOTES_PER_PARTICIPANT, openRound, updateRound, type Ballot } from '../domain';
import { commit } from './workshopStore';

export interface VotingSession {
  canvasId: string;
  /** The round's record (votingRounds): its votes are records, and each note's count is derived from them. */
  roundId: string;
  ballot: Ballot;
  participant: number;
  revealed: boolean;
  /** The dots the current participant has put on each note, so they see their own while counts are hidden. */
  mine: Readonly<Record<string, number>>;
}

/**
 * The room mode: parts that can be on together (a vote while notes are hidden, presenting either).
 * A live session is one more part: a field here, an entry in ROOM_PARTS, and its own input file.
 */
export interface RoomState {
  voting: VotingSession | null;
  votesPerParticipant: number;
  /** At most one dot per note per person (a choice per round). */
  onePerNote: boolean;
  /** Silent brainstorming: every note is a cover until the facilitator reveals them. */
  notesHidden: boolean;
  /** 0 = the whole canvas, 1–4 = one field. */
  presenting: { step: number } | null;
}

export const PRESENT_STEPS = 1 + CANVAS_FIELDS.length;

/** What people may do on a canvas's board. */
export interface RoomRules {
  addNotes: boolean;
  editNotes: boolean;
  moveNotes: boolean;
  selectNotes: boolean;
  /** A click on a note casts a vote. */
  vote: boolean;
}
export type RoomAction = keyof RoomRules;

const OPEN: RoomRules = { addNotes: true, editNotes: true, moveNotes: true, selectNotes: true, vote: false };

interface RoomPart {
  name: string;
  isOn: (room: RoomState, canvasId: string) => boolean;
  /** Only what the part changes; every other rule stays as the other parts leave it. */
  rules: Partial<RoomRules>;
  /** Why an action this part forbids is refused, said to the person who tried it. */
  refusal: string;
}

export const ROOM_PARTS: readonly RoomPart[] = [
  {
    name: 'presenting',
    isOn: (room) => room.presenting !== null,
    rules: { addNotes: false, editNotes: false, moveNotes: false, selectNotes: false, vote: false },
    refusal: 'The canvas is being presented. Press Escape to edit it.',
  },
  {
    name: 'voting',
    isOn: (room, canvasId) => room.voting?.canvasId === canvasId,
    rules: { addNotes: false, editNotes: false, moveNotes: false, selectNotes: false, vote: true },
    refusal: 'Voting is on. End voting to add, edit or move notes.',
  },
  {
    name: 'notesHidden',
    isOn: (room) => room.notesHidden,
    rules: { editNotes: false },
    refusal: 'Notes are hidden. Reveal them to edit one.',
  },
];

/** The rules on one canvas: each part that is on can only take permissions away (a vote is given by voting, taken by presenting). */
export function roomRules(room: RoomState, canvasId: string): RoomRules {
  const rules = { ...OPEN };
  const on = ROOM_PARTS.filter((part) => part.isOn(room, canvasId));
  for (const part of on) {
    for (const [action, allowed] of Object.entries(part.rules) as [RoomAction, boolean][]) {
      if (action !== 'vote' && !allowed) rules[action] = false;
    }
  }
  rules.vote = on.some((part) => part.rules.vote === true) && !on.some((part) => part.rules.vote === false);
  return rules;
}

/** Why `action` is not allowed on this canvas now, or null when it is. */
export function refusalOf(room: RoomState, canvasId: string, action: RoomAction): string | null {
  if (roomRules(room, canvasId)[action]) return null;
  return ROOM_PARTS.find((part) => part.isOn(room, canvasId) && part.rules[action] === false)?.refusal ?? null;
}

export const useCanvasRoom = create<RoomState>(() => ({
  voting: null,
  votesPerParticipant: DEFAULT_VOTES_PER_PARTICIPANT,
  onePerNote: false,
  notesHidden: false,
  presenting: null,
}));

// Transitions: each part is switched on and off here, and nowhere else.

/** A new voting round on the canvas, stored as a record (not an undo step: the round is the room's, not an edit). */
export function startVoting(canvasId: string): void {
  const { votesPerParticipant: perParticipant, onePerNote } = useCanvasRoom.getState();
  const roundId = commit((e) => openRound(e, canvasId, { votesPerPerson: perParticipant, onePerNote }), { origin: 'system' });
  if (!roundId) return;
  useCanvasRoom.setState({ voting: { canvasId, roundId, ballot: { perParticipant, used: 0 }, participant: 1, revealed: false, mine: {} } });
}

/** Closes the round: its votes stay as records, and the counts show on the canvas. */
export function endVoting(): void {
  const roundId = useCanvasRoom.getState().voting?.roundId;
  if (roundId) commit((e) => closeRound(e, roundId), { origin: 'system' });
  useCanvasRoom.setState({ voting: null });
}

/** Shows (or hides again) the round's counts: on this canvas, and on participants' devices in a live session. */
export function setRoundRevealed(roundId: string, revealed: boolean): void {
  commit((e) => updateRound(e, roundId, { revealed }), { origin: 'system' });
  const voting = useCanvasRoom.getState().voting;
  if (voting?.roundId === roundId) useCanvasRoom.setState({ voting: { ...voting, revealed } });
}

export function setNotesHidden(notesHidden: boolean): void {
  useCanvasRoom.setState({ notesHidden });
}

export function startPresenting(): void {
  useCanvasRoom.setState({ presenting: { step: 0 } });
}

export function stepPresenting(delta: number): void {
  const { presenting } = useCanvasRoom.getState();
  if (presenting) useCanvasRoom.setState({ presenting: { step: Math.min(PRESENT_STEPS - 1, Math.max(0, presenting.step + delta)) } });
}

export function stopPresenting(): void {
  if (useCanvasRoom.getState().presenting) useCanvasRoom.setState({ presenting: null });
}
