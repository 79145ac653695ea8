import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { CanvasField } from '../domain/canvasFields';
import { ParticipantConnection, type ParticipantState } from './connection';
import type { Credentials } from './credentials';
import { FieldSection } from './FieldSection';
import { WifiIcon } from './icons';
import { EMPTY_ROOM } from '../live/room';
import { RoomTimer } from './RoomTimer';
import { YouAre } from './RenameForm';
import { votesLeftText, type VotingView } from './VoteControls';

const EMPTY: ParticipantState = { link: 'connecting', session: null, fields: [], refused: false, room: EMPTY_ROOM, votes: new Map(), clockOffset: 0 };

/** The live board on a participant's device: status, the four fields, their own notes. */
export function BoardScreen({ credentials, onRejoin }: { credentials: Credentials; onRejoin: (notice: string) => void }) {
  const [connection, setConnection] = useState<ParticipantConnection | null>(null);
  useEffect(() => {
    const created = new ParticipantConnection(credentials);
    setConnection(created);
    return () => created.destroy();
  }, [credentials]);
  const state = useSyncExternalStore(connection?.subscribe ?? noSubscribe, connection?.getState ?? (() => EMPTY));
  const ended = state.session?.status === 'ended';
  const voting = votingView(state, (noteId, delta) => connection?.vote(noteId, delta));
  const focused = useFocus(state.room.focus);
  const locked = state.room.locked && !ended;

  useEffect(() => {
    if (state.refused && !ended) onRejoin('This phone is not part of the current session. Join again with the code on the screen.');
  }, [state.refused, ended, onRejoin]);

  return (
    <div className="p-board">
      <header className="p-top">
        <div className="p-top-title">
          <h1>{state.session?.title || 'Live session'}</h1>
          <YouAre name={credentials.name} onRename={(name) => connection?.rename(name) ?? credentials.name} />
        </div>
        <Status link={state.link} ended={ended} />
        {!ended && <RoomTimer timer={state.room.timer} offset={state.clockOffset} />}
        {voting && !ended && <VotingBanner voting={voting} />}
        {locked && (
          <p className="p-lock" role="note">
            <strong>The board is locked</strong> while the group discusses. Your drafts are kept.
          </p>
        )}
        {state.room.hidden && !ended && (
          <p className="p-private" role="note">
            <strong>Silent brainstorming.</strong> Only you see your notes until the facilitator reveals them.
          </p>
        )}
      </header>
      {ended && (
        <p className="p-banner" role="status">
          The facilitator ended the live session. Thank you — what you wrote is on the canvas.
        </p>
      )}
      <main className="p-fields">
        {state.fields.map((view) => (
          <FieldSection
            key={view.field}
            view={view}
            connected={state.link === 'connected'}
            locked={ended}
            boardLocked={locked}
            focused={focused === view.field}
            voting={ended ? null : voting}
            onAdd={(text) => connection?.addNote(view.field, text)}
            onEdit={(key, text) => connection?.editNote(key, view.field, text)}
            onDelete={(key) => connection?.deleteNote(key)}
            onTyping={(unsent) => connection?.typing.activity(view.field, unsent)}
          />
        ))}
      </main>
    </div>
  );
}

const noSubscribe = () => () => undefined;

/** Bring everyone here: a new request scrolls this device to the field and highlights it for a moment. */
function useFocus(focus: { field: CanvasField; at: number } | null): CanvasField | null {
  const [highlighted, setHighlighted] = useState<CanvasField | null>(null);
  const seen = useRef(0);
  const field = focus?.field;
  const at = focus?.at ?? 0;
  useEffect(() => {
    if (!field || at === seen.current) return;
    seen.current = at;
    document.querySelector(`.p-field[data-field="${field}"]`)?.scrollIntoView({ behavior: 'smooth', block: 'start' });
    setHighlighted(field);
    const id = window.setTimeout(() => setHighlighted(null), 4000);
    return () => window.clearTimeout(id);
  }, [field, at]);
  return highlighted;
}

function votingView(state: ParticipantState, onVote: VotingView['onVote']): VotingView | null {
  const { round, results } = state.room;
  if (!round || (!round.open && !results)) return null;
  const used = [...state.votes.values()].reduce((a, b) => a + b, 0);
  return { round, mine: state.votes, left: Math.max(0, round.votesPerPerson - used), results, onVote };
}

/** While a round is open: how many dots are left; once it is over and revealed: that the counts are on the notes. */
function VotingBanner({ voting }: { voting: VotingView }) {
  if (!voting.round.open) {
    return (
      <p className="p-voting is-results" role="note">
        Voting is over: each note shows its votes.
      </p>
    );
  }
  return (
    <p className="p-voting" aria-live="polite">
      <strong>{votesLeftText(voting.left)}</strong>
      <span>
        {voting.round.onePerNote ? 'One vote per note. ' : ''}
        {voting.results ? 'Counts are shown.' : 'Counts stay hidden until the facilitator reveals them.'}
      </span>
    </p>
  );
}

function Status({ link, ended }: { link: ParticipantState['link']; ended: boolean }) {
  if (ended) return <p className="p-status is-ended">Session ended</p>;
  const text = link === 'connected' ? 'Connected' : link === 'connecting' ? 'Connecting…' : 'Offline — your notes are kept and will be sent';
  return (
    <p className={`p-status is-${link}`} role="status">
      <WifiIcon off={link === 'offline'} />
      {text}
    </p>
  );
}
