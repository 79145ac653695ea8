import { latestRound, roundCounts } from '../../domain';
import { sortByVotes } from '../../state/canvasFacilitation';
import { setRoundRevealed } from '../../state/canvasRoom';
import { useEntities } from '../../state/selectors';

/**
 * The last voting round of the session's canvas, once it is over: how many dots were cast and whether the
 * room sees the counts on their devices yet (they don't until the facilitator reveals them).
 */
export function VotingResults({ canvasId }: { canvasId: string }) {
  const entities = useEntities();
  const round = entities ? latestRound(entities, canvasId) : undefined;
  if (!entities || !round || round.endedAt === null) return null;
  const dots = [...roundCounts(entities, round.id).values()].reduce((a, b) => a + b, 0);
  return (
    <section className="live-round" aria-label="Voting results">
      <p>
        Voting is over: {dots} {dots === 1 ? 'vote' : 'votes'} cast. {round.revealed ? 'Participants see the counts on their devices.' : 'Participants don’t see the counts yet.'}
      </p>
      <div className="live-round-actions">
        <button type="button" className="btn btn-secondary btn-sm" onClick={() => setRoundRevealed(round.id, !round.revealed)}>
          {round.revealed ? 'Hide votes' : 'Reveal votes'}
        </button>
        <button type="button" className="btn btn-secondary btn-sm" onClick={() => sortByVotes(canvasId)}>
          Sort by votes
        </button>
      </div>
    </section>
  );
}
