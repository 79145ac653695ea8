/**
 * Only the window that runs a session merges participants' notes (docs/ARCHITECTURE.md, "Live sessions"). It holds a Web Lock named for
 * the session while it lives, and marks its tab (sessionStorage) so that a reload of that tab takes the session
 * back. Another window finds the lock held and only shows the session.
 */
const MARK = 'partnerscape-live-session';
const lockName = (sessionId: string) => `partnerscape-live:${sessionId}`;

let held: { sessionId: string; release: () => void } | undefined;

export function markedHere(sessionId: string): boolean {
  try {
    return sessionStorage.getItem(MARK) === sessionId;
  } catch {
    return false;
  }
}

function mark(sessionId: string | null): void {
  try {
    if (sessionId) sessionStorage.setItem(MARK, sessionId);
    else sessionStorage.removeItem(MARK);
  } catch {
    // Private modes may refuse storage; the lock still decides.
  }
}

export async function lockHeldElsewhere(sessionId: string): Promise<boolean> {
  if (held?.sessionId === sessionId || !navigator.locks) return false;
  const { held: locks = [] } = await navigator.locks.query();
  return locks.some((lock) => lock.name === lockName(sessionId));
}

/**
 * Takes the session's lock for this window (`steal`: from another window, which then stops merging).
 * `onLost` runs if another window steals it later. False when another window holds it.
 */
export async function claimSession(sessionId: string, options: { steal?: boolean; onLost: () => void }): Promise<boolean> {
  if (held?.sessionId === sessionId) return true;
  releaseSession();
  if (!navigator.locks) {
    mark(sessionId);
    return true;
  }
  return new Promise<boolean>((resolve) => {
    let release = () => undefined as void;
    const kept = new Promise<void>((r) => (release = r));
    navigator.locks
      .request(lockName(sessionId), options.steal ? { steal: true } : { ifAvailable: true }, async (lock) => {
        if (!lock) return resolve(false);
        held = { sessionId, release };
        mark(sessionId);
        resolve(true);
        await kept;
      })
      .catch(() => {
        if (held?.sessionId === sessionId) {
          held = undefined;
          options.onLost();
        }
      });
  });
}

export function releaseSession(): void {
  held?.release();
  held = undefined;
}

export function forgetSession(): void {
  releaseSession();
  mark(null);
}
