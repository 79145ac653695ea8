import type * as Y from 'yjs';

/**
 * A participant's dots, in their own document: `<round>/<note>` → how many dots they put on that board note in
 * that round. Written by them only; the facilitator's merge reads it at the one way in (voteMerge.ts), where
 * the round's budget and rules are enforced whatever a device sends.
 */
export const outboxVotes = (doc: Y.Doc) => doc.getMap<unknown>('votes');

const KEY = /^([A-Za-z0-9_-]{1,64})\/([A-Za-z0-9_-]{1,64})$/;

export const ballotKey = (roundId: string, noteId: string): string => `${roundId}/${noteId}`;

/** Reads one entry of a ballot: the round and note it is for and a whole number of dots, or null. */
export function readBallotEntry(key: string, value: unknown): { roundId: string; noteId: string; count: number } | null {
  const match = KEY.exec(key);
  if (!match || typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 1_000) return null;
  return { roundId: match[1]!, noteId: match[2]!, count: value };
}

/** This participant's dots per note in a round, as their device shows them. */
export function ownVotes(doc: Y.Doc, roundId: string): Map<string, number> {
  const votes = new Map<string, number>();
  outboxVotes(doc).forEach((value, key) => {
    const entry = readBallotEntry(key, value);
    if (entry && entry.roundId === roundId && entry.count > 0) votes.set(entry.noteId, entry.count);
  });
  return votes;
}

export function setOwnVote(doc: Y.Doc, roundId: string, noteId: string, count: number): void {
  outboxVotes(doc).set(ballotKey(roundId, noteId), Math.max(0, Math.round(count)));
}
