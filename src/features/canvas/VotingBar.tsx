import { MAX_VOTES_PER_PARTICIPANT } from '../../domain';
import { nextParticipant, resetCanvasVotes, revealVotes, setOnePerNote, setVotesPerParticipant, sortByVotes, votesLeft } from '../../state/canvasFacilitation';
import { clearCanvasNotice } from '../../state/canvasNotice';
import { endVoting, useCanvasRoom } from '../../state/canvasRoom';
import { LiveVotingSummary } from '../live/LiveVotingSummary';

/** The dot-voting round: dots per participant, whose turn it is, reveal, sort, reset. */
export function VotingBar({ canvasId }: { canvasId: string }) {
  const voting = useCanvasRoom((s) => s.voting);
  const perParticipant = useCanvasRoom((s) => s.votesPerParticipant);
  const onePerNote = useCanvasRoom((s) => s.onePerNote);
  if (!voting || voting.canvasId !== canvasId) return null;
  const left = votesLeft(voting.ballot);
  return (
    <div className="voting-bar" role="region" aria-label="Dot voting">
      <strong className="voting-turn" title="Click a note to add a vote; Alt- or Shift-click takes one back">
        Participant {voting.participant}: {left} of {voting.ballot.perParticipant} {voting.ballot.perParticipant === 1 ? 'vote' : 'votes'} left
      </strong>
      <LiveVotingSummary canvasId={canvasId} roundId={voting.roundId} />
      <span className="voting-hint">Click a note: +1 · Alt- or Shift-click: −1</span>
      <label className="voting-per">
        Votes per participant
        <input
          type="number"
          min={1}
          max={MAX_VOTES_PER_PARTICIPANT}
          value={perParticipant}
          onChange={(event) => {
            clearCanvasNotice();
            if (event.target.value !== '') setVotesPerParticipant(Number(event.target.value));
          }}
        />
      </label>
      <label className="voting-per">
        <input type="checkbox" checked={onePerNote} onChange={(event) => setOnePerNote(event.target.checked)} />
        One vote per note
      </label>
      <button
        type="button"
        className="btn btn-secondary btn-sm"
        onClick={() => {
          clearCanvasNotice();
          nextParticipant();
        }}
      >
        Next participant
      </button>
      <button type="button" className="btn btn-secondary btn-sm" aria-pressed={voting.revealed} onClick={() => revealVotes(!voting.revealed)}>
        {voting.revealed ? 'Hide votes' : 'Reveal votes'}
      </button>
      <button type="button" className="btn btn-secondary btn-sm" onClick={() => sortByVotes(canvasId)}>
        Sort by votes
      </button>
      <button type="button" className="btn btn-ghost btn-sm" onClick={() => resetCanvasVotes(canvasId)}>
        Reset votes
      </button>
      <button type="button" className="btn btn-primary btn-sm" onClick={endVoting}>
        End voting
      </button>
    </div>
  );
}
