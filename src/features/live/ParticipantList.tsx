import { useId } from 'react';
import { CANVAS_FIELD_LABELS, latestRound, notesOfCanvas, votesOfRound, type CanvasField } from '../../domain';
import { useLiveSession } from '../../state/live/liveStore';
import type { RosterParticipant } from '../../live/roster';
import { useEntities } from '../../state/selectors';

function since(at: string): string {
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

/** Who joined (by the name they chose last), whether their device is connected now, their notes on the canvas and votes in the latest round. */
export function ParticipantList({ participants, canvasId }: { participants: RosterParticipant[]; canvasId: string }) {
  const headingId = useId();
  const entities = useEntities();
  const counts = new Map<string, number>();
  for (const note of entities ? notesOfCanvas(entities, canvasId) : []) {
    if (note.live) counts.set(note.live.participant, (counts.get(note.live.participant) ?? 0) + 1);
  }
  const connected = participants.filter((p) => p.connected).length;
  const profileNames = useLiveSession((s) => s.profileNames);
  const typing = useLiveSession((s) => s.typing);
  const round = entities ? latestRound(entities, canvasId) : undefined;
  const votes = new Map<string, number>();
  for (const vote of entities && round ? votesOfRound(entities, round.id) : []) votes.set(vote.voter, (votes.get(vote.voter) ?? 0) + 1);
  return (
    <section className="live-participants" aria-labelledby={headingId}>
      <h3 id={headingId}>
        Participants <span className="live-muted">{participants.length ? `${connected} of ${participants.length} connected` : ''}</span>
      </h3>
      {participants.length === 0 ? (
        <p className="live-muted">No one has joined yet. Participants appear here as they join.</p>
      ) : (
        <ul>
          {participants.map((p) => {
            const notes = counts.get(p.id) ?? 0;
            return (
              <li key={p.id} className={p.connected ? 'is-connected' : 'is-offline'}>
                <span className="live-dot" aria-hidden="true" />
                <span className="live-name" dir="auto">
                  {profileNames[p.id] ?? p.name}
                </span>
                <ConnectionState connected={p.connected} since={p.since} typing={typing[p.id]} />
                <span className="live-notes">
                  {notes} {notes === 1 ? 'note' : 'notes'}
                  {round && `, ${votes.get(p.id) ?? 0} ${(votes.get(p.id) ?? 0) === 1 ? 'vote' : 'votes'}`}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** Connected, typing (where: for screen readers and on hover; the projector shows only that notes are coming), or offline since when. */
function ConnectionState({ connected, since: at, typing }: { connected: boolean; since: string; typing: CanvasField | undefined }) {
  if (connected && typing) {
    return (
      <span className="live-state is-typing" title={`Typing a note in ${CANVAS_FIELD_LABELS[typing]}`}>
        Typing…<span className="visually-hidden"> a note in {CANVAS_FIELD_LABELS[typing]}</span>
      </span>
    );
  }
  return <span className="live-state">{connected ? 'Connected' : `Offline${since(at) ? ` since ${since(at)}` : ''}`}</span>;
}
