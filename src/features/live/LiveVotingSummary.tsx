import { votesOfRound } from '../../domain';
import { useLiveSession } from '../../state/live/liveStore';
import { useEntities } from '../../state/selectors';

/**
 * The live round in the voting bar, instead of the pass-the-laptop turn: how many participants have voted and
 * how many dots are in, never where they went (the counts stay hidden until the facilitator reveals them).
 */
export function LiveVotingSummary({ roundId, perParticipant, revealed }: { roundId: string; perParticipant: number; revealed: boolean }) {
  const participants = useLiveSession((s) => s.participants.length);
  const entities = useEntities();
  const votes = entities ? votesOfRound(entities, roundId).filter((v) => !v.voter.startsWith('screen-')) : [];
  const voters = new Set(votes.map((v) => v.voter)).size;
  const possible = participants * perParticipant;
  return (
    <>
      <strong className="voting-turn">Voting on every device</strong>
      <span className="voting-live" role="status">
        {voters} of {participants} {participants === 1 ? 'participant' : 'participants'} voted · {votes.length} of {possible} {possible === 1 ? 'vote' : 'votes'} in
      </span>
      <span className="voting-counts">{revealed ? 'Counts shown on every device' : 'Counts hidden until you reveal them'}</span>
    </>
  );
}
