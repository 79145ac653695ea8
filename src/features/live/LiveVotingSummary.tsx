import { votesOfRound } from '../../domain';
import { useLiveSession } from '../../state/live/liveStore';
import { useEntities } from '../../state/selectors';

/** In a live session, the voting bar says how many participants have voted and how many dots are in (not where). */
export function LiveVotingSummary({ canvasId, roundId }: { canvasId: string; roundId: string }) {
  const live = useLiveSession();
  const entities = useEntities();
  if (live.phase !== 'running' || live.canvasId !== canvasId || !entities) return null;
  const votes = votesOfRound(entities, roundId).filter((v) => !v.voter.startsWith('screen-'));
  const voters = new Set(votes.map((v) => v.voter)).size;
  return (
    <span className="voting-live" role="status">
      On every device: {voters} of {live.participants.length} voted, {votes.length} {votes.length === 1 ? 'vote' : 'votes'} in
    </span>
  );
}
