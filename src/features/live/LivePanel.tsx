import { useEffect, useRef, useState } from 'react';
import { LIVE_LIMITS } from '../../live/limits';
import { endLiveSession, setSessionHost, setSessionNamed, takeOverLiveSession } from '../../state/live/liveSession';
import { setLivePanelOpen, useLiveSession } from '../../state/live/liveStore';
import { goToSection } from '../../state/route';
import { useEntities, useSaveState } from '../../state/selectors';
import { CloseIcon, ExpandIcon } from './liveIcons';
import { ParticipantList } from './ParticipantList';
import { QrCode } from './QrCode';
import { VotingResults } from './VotingResults';
import { RoomControls } from './RoomControls';
import './live.css';

/** The running session: how to join (link, code, QR code, full screen for the projector), who joined, and End. */
export function LivePanel({ canvasId }: { canvasId: string }) {
  const live = useLiveSession();
  const entities = useEntities();
  const save = useSaveState();
  const panel = useRef<HTMLElement>(null);
  const [fullScreen, setFullScreen] = useState(false);
  useEffect(() => {
    const follow = () => setFullScreen(document.fullscreenElement !== null && document.fullscreenElement === panel.current);
    document.addEventListener('fullscreenchange', follow);
    return () => document.removeEventListener('fullscreenchange', follow);
  }, []);
  if (!live.panelOpen) return null;
  const sessionCanvas = live.canvasId && live.canvasId !== canvasId ? entities?.canvases[live.canvasId] : undefined;

  const toggleFullScreen = async () => {
    if (document.fullscreenElement) await document.exitFullscreen().catch(() => undefined);
    else await panel.current?.requestFullscreen().catch(() => undefined);
  };
  const joinHost = live.joinUrl ? new URL(live.joinUrl).hostname : '';
  const port = live.joinUrl ? new URL(live.joinUrl).port : '';
  const onlyHere = joinHost === '127.0.0.1' || joinHost === 'localhost';
  const ready = live.phase === 'running' && live.joinUrl;

  return (
    <aside ref={panel} className={`live-panel${fullScreen ? ' is-full' : ''}`} aria-label="Live session">
      <header className="live-head">
        <h2>{live.phase === 'starting' ? 'Starting live session…' : live.phase === 'ending' ? 'Ending live session…' : 'Live session'}</h2>
        {ready && (
          <button type="button" className="btn btn-ghost btn-sm" onClick={() => void toggleFullScreen()}>
            <ExpandIcon />
            {fullScreen ? 'Exit full screen' : 'Full screen'}
          </button>
        )}
        <button type="button" className="icon-btn" aria-label="Hide live session panel" title="Hide (the session keeps running)" onClick={() => setLivePanelOpen(false)}>
          <CloseIcon />
        </button>
      </header>
      {live.error && (
        <p className="live-error" role="alert">
          {live.error}
        </p>
      )}
      {sessionCanvas && live.workshopId && (
        <div className="live-elsewhere">
          <p>Participants&rsquo; notes go to the canvas &ldquo;{sessionCanvas.title}&rdquo;.</p>
          <button type="button" className="btn btn-secondary btn-sm" onClick={() => goToSection(live.workshopId ?? '', 'canvas', sessionCanvas.id)}>
            Open that canvas
          </button>
        </div>
      )}
      {live.phase === 'elsewhere' && (
        <div className="live-elsewhere">
          <p>This session runs in another window of Partnerscape, which adds participants&rsquo; notes to the canvas.</p>
          <button type="button" className="btn btn-secondary btn-sm" onClick={() => void takeOverLiveSession()}>
            Take over here
          </button>
        </div>
      )}
      {ready && (
        <>
          <div className="live-join">
            <QrCode text={live.joinUrl} label="Join QR code" />
            <div className="live-join-text">
              <p className="live-label">Join code</p>
              <output className="live-code" aria-label="Join code">
                <span>{live.code.slice(0, 3)}</span>
                <span>{live.code.slice(3)}</span>
              </output>
              <p className="live-label">Or open</p>
              <a className="live-link" href={live.joinUrl} target="_blank" rel="noreferrer" aria-label="Join link">
                {live.joinUrl.replace(/^http:\/\//, '')}
              </a>
            </div>
          </div>
          {onlyHere && (
            <p className="live-warning">This computer is on no network that phones can reach, so only it can open this link. Connect it to the room&rsquo;s wifi, then start the session again.</p>
          )}
          <p className="live-hint">
            Participants join on the same wifi as this computer, in any browser: no app, no account. If their phones can&rsquo;t open the link, allow
            incoming connections on port {port} in this computer&rsquo;s firewall.
          </p>
          {live.link !== 'connected' && <p className="live-warning">Reconnecting to the live server… participants&rsquo; notes are kept on their phones meanwhile.</p>}
          {save.status === 'error' && (
            <p className="live-warning" role="alert">
              Participants&rsquo; notes are not being saved: {save.message} Until it works again, their phones keep the notes and show them as not yet on the canvas.
            </p>
          )}
          {live.addresses.length > 1 && (
            <label className="live-address">
              Participants connect to
              <select value={live.host} onChange={(e) => void setSessionHost(e.target.value)}>
                {live.addresses.map((address) => (
                  <option key={address} value={address}>
                    {address}
                  </option>
                ))}
              </select>
              <span className="live-muted">Another address gives a new join link (pick the network the room&rsquo;s wifi is on).</span>
            </label>
          )}
          <label className="live-option">
            <input type="checkbox" checked={live.named} onChange={(e) => setSessionNamed(e.target.checked)} />
            Show participants&rsquo; names on their notes
          </label>
          <RoomControls />
          {live.canvasId && <VotingResults canvasId={live.canvasId} />}
          <ParticipantList participants={live.participants} canvasId={canvasId} />
          <p className="live-muted live-limits">
            Up to {LIVE_LIMITS.participants} participants; {LIVE_LIMITS.notesPerParticipant} notes each, {LIVE_LIMITS.noteText.toLocaleString('en')} characters per note.
          </p>
          <footer className="live-foot">
            <button type="button" className="btn btn-danger btn-sm" onClick={() => void endLiveSession()}>
              End live session
            </button>
          </footer>
        </>
      )}
    </aside>
  );
}
