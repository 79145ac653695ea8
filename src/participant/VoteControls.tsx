import type { RoomRound } from '../live/room';

/** What a participant's board needs to show a voting round on each note. */
export interface VotingView {
  round: RoomRound;
  /** Their own dots per board note. */
  mine: ReadonlyMap<string, number>;
  left: number;
  /** Counts per board note, once the facilitator revealed them. */
  results: Record<string, number> | null;
  onVote: (noteId: string, delta: 1 | -1) => void;
}

export function votesLeftText(left: number): string {
  return `${left} ${left === 1 ? 'vote' : 'votes'} left`;
}

/** On one note: its revealed count; while the round is open, Vote / Remove vote and the participant's own dots. */
export function VoteControls({ voting, noteId }: { voting: VotingView | null; noteId: string | undefined }) {
  if (!voting || !noteId) return null;
  const { round, mine, left, results, onVote } = voting;
  const here = mine.get(noteId) ?? 0;
  const count = results ? (results[noteId] ?? 0) : null;
  const canAdd = left > 0 && !(round.onePerNote && here > 0);
  if (!round.open && count === null) return null;
  return (
    <div className="p-vote">
      {count !== null && (
        <span className="p-vote-count" aria-label={`${count} ${count === 1 ? 'vote' : 'votes'} in all`}>
          {count} {count === 1 ? 'vote' : 'votes'}
        </span>
      )}
      {round.open && (
        <>
          {here > 0 && (
            <span className="p-vote-mine" aria-label={`Your ${here === 1 ? 'vote' : `${here} votes`} on this note`}>
              {Array.from({ length: Math.min(here, 5) }, (_, i) => (
                <span key={i} className="p-dot" />
              ))}
            </span>
          )}
          {here > 0 && (
            <button type="button" className="btn btn-ghost btn-md p-vote-btn" onClick={() => onVote(noteId, -1)}>
              Remove vote
            </button>
          )}
          <button type="button" className="btn btn-primary btn-md p-vote-btn" onClick={() => onVote(noteId, 1)} disabled={!canAdd}>
            Vote
          </button>
        </>
      )}
    </div>
  );
}
