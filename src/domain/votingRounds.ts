import type { WorkshopEntities } from './bundle';
import { notesOfCanvas } from './canvasNotes';
import { newId, nowIso } from './ids';
import type { Outcome } from './recipe';
import type { Vote, VotingRound } from './records';

/**
 * Dot voting as records (docs/ARCHITECTURE.md, "The record-kinds table"): a round per `Start voting`, a vote
 * record per dot, and each note's `votes` derived from the votes of its canvas's latest round. So "one vote per
 * note per person" can be enforced, rounds can be compared, and the count a note shows is always the round's.
 */

export interface RoundRules {
  votesPerPerson: number;
  onePerNote: boolean;
}

const byStart = (a: VotingRound, b: VotingRound) => a.startedAt.localeCompare(b.startedAt) || a.id.localeCompare(b.id);

export function roundsOfCanvas(entities: WorkshopEntities, canvasId: string): VotingRound[] {
  return Object.values(entities.votingRounds)
    .filter((r) => r.canvasId === canvasId)
    .sort(byStart);
}

export function latestRound(entities: WorkshopEntities, canvasId: string): VotingRound | undefined {
  return roundsOfCanvas(entities, canvasId).at(-1);
}

export function openRoundOf(entities: WorkshopEntities, canvasId: string): VotingRound | undefined {
  const round = latestRound(entities, canvasId);
  return round && round.endedAt === null ? round : undefined;
}

export function votesOfRound(entities: WorkshopEntities, roundId: string): Vote[] {
  return Object.values(entities.votes).filter((v) => v.roundId === roundId);
}

/** Dots per note in a round. */
export function roundCounts(entities: WorkshopEntities, roundId: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const vote of votesOfRound(entities, roundId)) counts.set(vote.noteId, (counts.get(vote.noteId) ?? 0) + 1);
  return counts;
}

/** One voter's dots per note in a round. */
export function voterCounts(entities: WorkshopEntities, roundId: string, voter: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const vote of votesOfRound(entities, roundId)) if (vote.voter === voter) counts.set(vote.noteId, (counts.get(vote.noteId) ?? 0) + 1);
  return counts;
}

const total = (counts: ReadonlyMap<string, number>) => [...counts.values()].reduce((sum, n) => sum + n, 0);

/**
 * What a voter may have in a round, from what they asked for (note → dots, in the order given): whole numbers,
 * at most one per note when the round says so, and no more than the budget in all, the earliest notes first.
 */
export function allowedBallot(rules: RoundRules, wanted: Iterable<[string, number]>): Map<string, number> {
  const allowed = new Map<string, number>();
  let left = rules.votesPerPerson;
  for (const [noteId, asked] of wanted) {
    if (left <= 0) break;
    const count = Math.min(rules.onePerNote ? 1 : left, Number.isInteger(asked) && asked > 0 ? asked : 0, left);
    if (count <= 0 || allowed.has(noteId)) continue;
    allowed.set(noteId, count);
    left -= count;
  }
  return allowed;
}

/** Each listed note's `votes` becomes its count in its canvas's latest round (notes of canvases never voted on keep theirs). */
function withDerivedCounts(entities: WorkshopEntities, canvasId: string, at: string): WorkshopEntities {
  const round = latestRound(entities, canvasId);
  if (!round) return entities;
  const counts = roundCounts(entities, round.id);
  let notes: Record<string, WorkshopEntities['notes'][string]> | undefined;
  for (const note of notesOfCanvas(entities, canvasId)) {
    const votes = counts.get(note.id) ?? 0;
    if (note.votes === votes) continue;
    notes ??= { ...entities.notes };
    notes[note.id] = { ...note, votes, updatedAt: at };
  }
  return notes ? { ...entities, notes } : entities;
}

function withRound(entities: WorkshopEntities, round: VotingRound): WorkshopEntities {
  return { ...entities, votingRounds: { ...entities.votingRounds, [round.id]: round } };
}

/** A new round on the canvas (an open one is closed first); every note's count starts again at zero. */
export function openRound(entities: WorkshopEntities, canvasId: string, rules: RoundRules, at: string = nowIso()): Outcome<string> {
  let next = entities;
  const open = openRoundOf(entities, canvasId);
  if (open) next = withRound(next, { ...open, endedAt: at, updatedAt: at });
  const id = newId();
  const round: VotingRound = { id, workshopId: entities.workshop.id, canvasId, ...rules, startedAt: at, endedAt: null, revealed: false, createdAt: at, updatedAt: at, rev: 0 };
  return { entities: withDerivedCounts(withRound(next, round), canvasId, at), result: id };
}

export function updateRound(entities: WorkshopEntities, roundId: string, change: Partial<Pick<VotingRound, 'votesPerPerson' | 'onePerNote' | 'revealed'>>, at: string = nowIso()): WorkshopEntities {
  const round = entities.votingRounds[roundId];
  if (!round || Object.entries(change).every(([key, value]) => round[key as keyof VotingRound] === value)) return entities;
  return withRound(entities, { ...round, ...change, updatedAt: at });
}

export function closeRound(entities: WorkshopEntities, roundId: string, at: string = nowIso()): WorkshopEntities {
  const round = entities.votingRounds[roundId];
  if (!round || round.endedAt !== null) return entities;
  return withRound(entities, { ...round, endedAt: at, updatedAt: at });
}

/**
 * Brings one voter's dots in a round to `wanted` (already allowed by the round's rules): adds the missing ones,
 * removes the extra ones, and derives the notes' counts. Applying the same ballot again changes nothing.
 */
export function setBallot(entities: WorkshopEntities, roundId: string, voter: string, wanted: ReadonlyMap<string, number>, voterName?: string, at: string = nowIso()): WorkshopEntities {
  const round = entities.votingRounds[roundId];
  if (!round) return entities;
  const onCanvas = new Set(notesOfCanvas(entities, round.canvasId).map((n) => n.id));
  const mine = votesOfRound(entities, roundId).filter((v) => v.voter === voter);
  const votes: Record<string, Vote> = { ...entities.votes };
  let changed = false;
  const noteIds = new Set([...mine.map((v) => v.noteId), ...wanted.keys()]);
  for (const noteId of noteIds) {
    const have = mine.filter((v) => v.noteId === noteId);
    const want = onCanvas.has(noteId) ? (wanted.get(noteId) ?? 0) : 0;
    for (const extra of have.slice(want)) {
      delete votes[extra.id];
      changed = true;
    }
    for (let i = have.length; i < want; i++) {
      const id = newId();
      votes[id] = { id, workshopId: entities.workshop.id, roundId, noteId, voter, ...(voterName ? { voterName } : {}), createdAt: at, updatedAt: at, rev: 0 };
      changed = true;
    }
  }
  return changed ? withDerivedCounts({ ...entities, votes }, round.canvasId, at) : entities;
}

/** One more dot from a voter on a note, if the round is open and their budget and the round's rules allow it. */
export function castRoundVote(entities: WorkshopEntities, roundId: string, noteId: string, voter: string, at: string = nowIso()): Outcome<boolean> {
  const round = entities.votingRounds[roundId];
  if (!round || round.endedAt !== null) return { entities, result: false };
  const mine = voterCounts(entities, roundId, voter);
  if (total(mine) >= round.votesPerPerson || (round.onePerNote && (mine.get(noteId) ?? 0) > 0)) return { entities, result: false };
  const next = setBallot(entities, roundId, voter, new Map(mine).set(noteId, (mine.get(noteId) ?? 0) + 1), undefined, at);
  return { entities: next, result: next !== entities };
}

/** Takes back one of the voter's dots on a note. */
export function withdrawRoundVote(entities: WorkshopEntities, roundId: string, noteId: string, voter: string, at: string = nowIso()): Outcome<boolean> {
  const mine = voterCounts(entities, roundId, voter);
  const here = mine.get(noteId) ?? 0;
  if (here <= 0) return { entities, result: false };
  return { entities: setBallot(entities, roundId, voter, new Map(mine).set(noteId, here - 1), undefined, at), result: true };
}

/** Takes every dot of the round back (Reset votes). */
export function clearRound(entities: WorkshopEntities, roundId: string, at: string = nowIso()): WorkshopEntities {
  const round = entities.votingRounds[roundId];
  const gone = votesOfRound(entities, roundId);
  if (!round || gone.length === 0) return entities;
  const votes = { ...entities.votes };
  for (const vote of gone) delete votes[vote.id];
  return withDerivedCounts({ ...entities, votes }, round.canvasId, at);
}
