import { useId, useState, type FormEvent } from 'react';
import { isJoinCode, normalizeJoinCode } from '../live/joinCode';
import { LIVE_LIMITS } from '../live/limits';
import { join, JoinError } from './api';
import { saveCredentials, type Credentials } from './credentials';

interface Props {
  initialCode: string;
  notice?: string;
  onJoined: (credentials: Credentials) => void;
}

/** Your name (and the code, when the link did not carry it), then Join. */
export function JoinScreen({ initialCode, notice, onJoined }: Props) {
  const [name, setName] = useState('');
  const [code, setCode] = useState(initialCode);
  const [askCode, setAskCode] = useState(!isJoinCode(initialCode));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const errorId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return setError('Enter your name, so the facilitator knows who joined.');
    setBusy(true);
    setError(null);
    try {
      const credentials = await join(normalizeJoinCode(code), name);
      saveCredentials(credentials);
      onJoined(credentials);
    } catch (caught) {
      const failure = caught instanceof JoinError ? caught : new JoinError(String(caught), 'bad-request');
      if (failure.kind === 'wrong-code') setAskCode(true);
      setError(failure.message);
      setBusy(false);
    }
  };

  return (
    <main className="p-join">
      <h1>Join the workshop</h1>
      <p className="p-lead">Write your ideas on your phone; they appear on the facilitator&rsquo;s canvas.</p>
      {notice && <p className="p-notice">{notice}</p>}
      <form onSubmit={submit} noValidate aria-describedby={error ? errorId : undefined}>
        <label className="p-label">
          Your name
          <input
            className="p-input"
            value={name}
            onChange={(e) => setName(e.target.value)}
            maxLength={LIVE_LIMITS.name}
            autoComplete="name"
            autoCapitalize="words"
            enterKeyHint="go"
            autoFocus
          />
        </label>
        {askCode && (
          <label className="p-label">
            Join code
            <input
              className="p-input p-code"
              value={code}
              onChange={(e) => setCode(e.target.value.toUpperCase())}
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              inputMode="text"
              maxLength={12}
            />
          </label>
        )}
        {error && (
          <p id={errorId} className="p-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="btn btn-primary btn-md p-wide" disabled={busy}>
          {busy ? 'Joining…' : 'Join'}
        </button>
      </form>
    </main>
  );
}
