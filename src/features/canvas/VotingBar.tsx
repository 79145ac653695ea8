import { MAX_VOTES_PER_PARTICIPANT } from '../../domain';
import { nextParticipant, resetCanvasVotes, revealVotes, setOnePerNote, setVotesPerParticipant, sortByVotes, votesLeft } from '../../state/canvasFacilitation';
import { clearCanvasNotice } from '../../state/canvasNotice';
import { endVoting, useCanvasRoom, type VotingSession } from '../../state/canvasRoom';
import { useLiveOnCanvas } from '../../state/live/liveStore';
import { LiveVotingSummary } from '../live/LiveVotingSummary';

/**
 * The dot-voting round: the budget and rules, reveal, sort, end. Passing the laptop round, whose turn it is;
 * in a live session, how far the room's vote has got on their devices.
 */
export function VotingBar({ canvasId }: { canvasId: string }) {
  const voting = useCanvasRoom((s) => s.voting);
  const live = useLiveOnCanvas(canvasId);
  if (!voting || voting.canvasId !== canvasId) return null;
  // Sorting while the counts are hidden would show the ranking to the room (the board's order is everyone's).
  const sortHidden = live && !voting.revealed;
  return (
    <div className="voting-bar" role="region" aria-label="Dot voting">
      {live ? <LiveVotingSummary roundId={voting.roundId} perParticipant={voting.ballot.perParticipant} revealed={voting.revealed} /> : <ScreenTurn voting={voting} />}
      <RoundRules />
      {!live && (
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
      )}
      <button type="button" className="btn btn-secondary btn-sm" aria-pressed={voting.revealed} onClick={() => revealVotes(!voting.revealed)}>
        {voting.revealed ? 'Hide votes' : 'Reveal votes'}
      </button>
      <button
        type="button"
        className="btn btn-secondary btn-sm"
        disabled={sortHidden}
        title={sortHidden ? 'Reveal the votes first: sorting shows the ranking' : undefined}
        onClick={() => sortByVotes(canvasId)}
      >
        Sort by votes
      </button>
      {/* Participants' ballots live on their devices: a reset here would come back from them. */}
      {!live && (
        <button type="button" className="btn btn-ghost btn-sm" onClick={() => resetCanvasVotes(canvasId)}>
          Reset votes
        </button>
      )}
      <button type="button" className="btn btn-primary btn-sm" onClick={endVoting}>
        End voting
      </button>
    </div>
  );
}

/** Passing the laptop: whose turn it is and how many of their dots are left. */
function ScreenTurn({ voting }: { voting: VotingSession }) {
  const left = votesLeft(voting.ballot);
  return (
    <>
      <strong className="voting-turn" title="Click a note to add a vote; Alt- or Shift-click takes one back">
        Participant {voting.participant}: {left} of {voting.ballot.perParticipant} {voting.ballot.perParticipant === 1 ? 'vote' : 'votes'} left
      </strong>
      <span className="voting-hint">Click a note: +1 · Alt- or Shift-click: −1</span>
    </>
  );
}

/** The round's budget and the one-vote-per-note rule (on every device too in a live session). */
function RoundRules() {
  const perParticipant = useCanvasRoom((s) => s.votesPerParticipant);
  const onePerNote = useCanvasRoom((s) => s.onePerNote);
  return (
    <>
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
    </>
  );
}
