import type { PartnerscapeDb } from './db';

/** A live session as the facilitator's app keeps it, so a reload or a restart resumes it. */
export interface LiveSessionRecord {
  id: string;
  workshopId: string;
  canvasId: string;
  code: string;
  /** Signs participant tokens; a restarted server given it accepts the same devices. Cleared when it ends. */
  secret: string;
  /** Notes show their authors' names (false: an anonymous session). */
  named: boolean;
  status: 'running' | 'ended';
  startedAt: string;
  endedAt?: string;
  /** Who joined (from the server's roster), for a restarted server's participant cap and names. */
  participants: { id: string; name: string }[];
  /** The address participants use, when the facilitator chose one. */
  host?: string;
}

/** One Yjs document of a session, stored as base64 text (readable in a dump, and the same in every browser). */
export interface LiveDocRecord {
  sessionId: string;
  name: string;
  state: string;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The live sessions of the facilitator's app and their Yjs documents (one row per document). */
export class LiveSessionRepository {
  constructor(private readonly db: PartnerscapeDb) {}

  async running(workshopId: string): Promise<LiveSessionRecord | undefined> {
    const sessions = await this.db.liveSessions.where('workshopId').equals(workshopId).toArray();
    return sessions.filter((s) => s.status === 'running').sort((a, b) => b.startedAt.localeCompare(a.startedAt))[0];
  }

  async get(id: string): Promise<LiveSessionRecord | undefined> {
    return this.db.liveSessions.get(id);
  }

  async save(session: LiveSessionRecord): Promise<void> {
    await this.db.liveSessions.put(session);
  }

  async saveDocs(sessionId: string, states: ReadonlyMap<string, Uint8Array>): Promise<void> {
    if (states.size === 0) return;
    await this.db.liveDocs.bulkPut([...states].map(([name, state]) => ({ sessionId, name, state: toBase64(state) })));
  }

  async loadDocs(sessionId: string): Promise<Map<string, Uint8Array>> {
    const rows = await this.db.liveDocs.where('sessionId').equals(sessionId).toArray();
    const docs = new Map<string, Uint8Array>();
    for (const row of rows) {
      try {
        docs.set(row.name, fromBase64(row.state));
      } catch {
        // A damaged row: that document starts empty and is filled again by the server and the phones.
      }
    }
    return docs;
  }

  /** Everything the participants wrote is on the canvas now: the documents and the secret go. */
  async end(id: string, at: string): Promise<void> {
    await this.db.transaction('rw', [this.db.liveSessions, this.db.liveDocs], async () => {
      await this.db.liveDocs.where('sessionId').equals(id).delete();
      const session = await this.db.liveSessions.get(id);
      if (session) await this.db.liveSessions.put({ ...session, status: 'ended', endedAt: at, secret: '' });
    });
  }
}
