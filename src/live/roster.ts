import type * as Y from 'yjs';

/** The roster document, written by the server only: who joined, and whether their device is connected now. */
export interface RosterParticipant {
  id: string;
  name: string;
  joinedAt: string;
  connected: boolean;
  /** When the connection state last changed. */
  since: string;
}

interface JoinedValue {
  name: string;
  joinedAt: string;
}
interface ConnectionValue {
  connected: boolean;
  since: string;
}

const joined = (doc: Y.Doc) => doc.getMap<JoinedValue>('participants');
const connections = (doc: Y.Doc) => doc.getMap<ConnectionValue>('connections');

export function writeJoined(doc: Y.Doc, id: string, name: string, joinedAt: string): void {
  joined(doc).set(id, { name, joinedAt });
}

export function writeConnection(doc: Y.Doc, id: string, connected: boolean, since: string): void {
  const current = connections(doc).get(id);
  if (current?.connected !== connected) connections(doc).set(id, { connected, since });
}

const text = (value: unknown, fallback: string): string => (typeof value === 'string' ? value : fallback);

/** Everyone in the roster, in the order they joined. Values are read defensively: a document is outside data. */
export function readRoster(doc: Y.Doc): RosterParticipant[] {
  const state = connections(doc);
  const list: RosterParticipant[] = [];
  joined(doc).forEach((value, id) => {
    const entry = (typeof value === 'object' && value !== null ? value : {}) as Partial<JoinedValue>;
    const connection = state.get(id);
    list.push({
      id,
      name: text(entry.name, 'Participant'),
      joinedAt: text(entry.joinedAt, ''),
      connected: connection?.connected === true,
      since: text(connection?.since, text(entry.joinedAt, '')),
    });
  });
  return list.sort((a, b) => a.joinedAt.localeCompare(b.joinedAt) || a.id.localeCompare(b.id));
}
