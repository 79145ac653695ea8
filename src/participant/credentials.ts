/** What a device keeps after joining, so a reload or a reconnect is the same person. */
export interface Credentials {
  sessionId: string;
  participantId: string;
  token: string;
  name: string;
}

const KEY = 'partnerscape-live';

export function loadCredentials(): Credentials | null {
  try {
    const value = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<Credentials> | null;
    if (!value || typeof value.sessionId !== 'string' || typeof value.participantId !== 'string' || typeof value.token !== 'string') return null;
    return { sessionId: value.sessionId, participantId: value.participantId, token: value.token, name: typeof value.name === 'string' ? value.name : '' };
  } catch {
    return null;
  }
}

export function saveCredentials(credentials: Credentials): void {
  localStorage.setItem(KEY, JSON.stringify(credentials));
}

export function forgetCredentials(): void {
  localStorage.removeItem(KEY);
}
