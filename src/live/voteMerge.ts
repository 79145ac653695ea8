import type { WorkshopEntities } from '../domain/bundle';
import { allowedBallot, openRoundOf, setBallot } from '../domain/votingRounds';
import { readBallotEntry } from './ballots';
import type { LiveParticipant } from './merge';

/** Most ballot entries looked at per participant: a hostile outbox costs one bounded pass. */
const MAX_ENTRIES = 1_000;

/**
 * Applies one participant's ballot to the canvas's open voting round: read at the one way in, held to the
 * round's budget and its one-vote-per-note rule (the earliest notes first), stored as vote records in their
 * name. Pure and idempotent: merging again adds nothing. Once the round is closed their votes stay as they are.
 */
export function mergeParticipantVotes(
  entities: WorkshopEntities,
  options: { canvasId: string; named: boolean; at?: string },
  participant: LiveParticipant,
  ballot: Iterable<[string, unknown]>,
): WorkshopEntities {
  const round = openRoundOf(entities, options.canvasId);
  if (!round) return entities;
  const wanted: [string, number][] = [];
  let seen = 0;
  for (const [key, value] of ballot) {
    if (++seen > MAX_ENTRIES) break;
    const entry = readBallotEntry(key, value);
    if (entry?.roundId === round.id && entry.count > 0) wanted.push([entry.noteId, entry.count]);
  }
  wanted.sort(([a], [b]) => a.localeCompare(b));
  return setBallot(entities, round.id, participant.id, allowedBallot(round, wanted), options.named ? participant.name : undefined, options.at);
}
