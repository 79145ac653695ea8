import { useEffect, useState } from 'react';
import { normalizeJoinCode } from '../live/joinCode';
import { currentSession } from './api';
import { BoardScreen } from './BoardScreen';
import { forgetCredentials, loadCredentials, type Credentials } from './credentials';
import { JoinScreen } from './JoinScreen';

type Phase = { kind: 'loading' } | { kind: 'join'; notice?: string } | { kind: 'live'; credentials: Credentials };

const codeFromLink = () => normalizeJoinCode(new URLSearchParams(location.search).get('code') ?? '');

/** Joins once, then is the same person on every reload: the device keeps its token. */
export function App() {
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  useEffect(() => {
    let cancelled = false;
    const stored = loadCredentials();
    void currentSession().then((current) => {
      if (cancelled) return;
      // Unreachable now (the wifi dropped, the laptop restarts): a device that joined carries on offline.
      if (stored && (!current || current.sessionId === stored.sessionId)) setPhase({ kind: 'live', credentials: stored });
      else setPhase({ kind: 'join' });
    });
    return () => {
      cancelled = true;
    };
  }, []);

  if (phase.kind === 'loading') return <p className="p-loading">Loading…</p>;
  if (phase.kind === 'join') return <JoinScreen initialCode={codeFromLink()} notice={phase.notice} onJoined={(credentials) => setPhase({ kind: 'live', credentials })} />;
  return (
    <BoardScreen
      credentials={phase.credentials}
      onRejoin={(notice) => {
        forgetCredentials();
        setPhase({ kind: 'join', notice });
      }}
    />
  );
}
