import { startLiveSession } from '../../state/live/liveSession';
import { setLivePanelOpen, useLiveSession } from '../../state/live/liveStore';
import { BroadcastIcon } from './liveIcons';

/** The canvas toolbar's way into a live session: `Start live session`, then the running session's panel. */
export function LiveSessionButton({ canvasId }: { canvasId: string }) {
  const phase = useLiveSession((s) => s.phase);
  const connected = useLiveSession((s) => s.participants.filter((p) => p.connected).length);
  const panelOpen = useLiveSession((s) => s.panelOpen);
  if (phase === 'idle') {
    return (
      <button type="button" className="btn btn-secondary btn-sm" onClick={() => void startLiveSession(canvasId)} title="Participants add notes from their own phones, over this room's network">
        <BroadcastIcon />
        Start live session
      </button>
    );
  }
  const label = phase === 'elsewhere' ? 'Live session (in another window)' : `Live session: ${connected} connected`;
  return (
    <button type="button" className="btn btn-primary btn-sm live-button" aria-pressed={panelOpen} aria-label={label} title={label} onClick={() => setLivePanelOpen(!panelOpen)}>
      <BroadcastIcon />
      Live
      {phase !== 'elsewhere' && <span className="live-count">{connected}</span>}
    </button>
  );
}
