import * as Y from 'yjs';
import { ROSTER_DOC } from '../../live/names';

/** Marks a Y.Doc update as coming from storage, so loading it does not count as a change to store again. */
const FROM_STORAGE = Symbol('from storage');

/**
 * The facilitator's copies of the session's documents. Every change but the roster's (the server's own list,
 * rebuilt when it restarts) is kept in the facilitator's database, so a reload or a restart resumes the same
 * documents and phones that reconnect add nothing twice.
 */
export class LiveDocs {
  private readonly docs = new Map<string, Y.Doc>();
  private readonly dirty = new Set<string>();
  private readonly listeners = new Set<(name: string, doc: Y.Doc) => void>();
  onDirty: () => void = () => undefined;

  get(name: string): Y.Doc {
    let doc = this.docs.get(name);
    if (!doc) {
      const created = new Y.Doc();
      created.on('update', (_update: Uint8Array, origin: unknown) => {
        if (origin !== FROM_STORAGE && name !== ROSTER_DOC) {
          this.dirty.add(name);
          this.onDirty();
        }
        this.listeners.forEach((l) => l(name, created));
      });
      this.docs.set(name, created);
      doc = created;
    }
    return doc;
  }

  has(name: string): boolean {
    return this.docs.has(name);
  }

  names(): string[] {
    return [...this.docs.keys()];
  }

  load(states: ReadonlyMap<string, Uint8Array>): void {
    for (const [name, state] of states) if (name !== ROSTER_DOC) Y.applyUpdate(this.get(name), state, FROM_STORAGE);
  }

  /** Every change to any document; returns an unsubscribe function. */
  onChange(listener: (name: string, doc: Y.Doc) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  markDirty(name: string): void {
    this.dirty.add(name);
  }

  /** The full state of each document changed since the last call. */
  takeDirty(): Map<string, Uint8Array> {
    const states = new Map<string, Uint8Array>();
    for (const name of this.dirty) {
      const doc = this.docs.get(name);
      if (doc) states.set(name, Y.encodeStateAsUpdate(doc));
    }
    this.dirty.clear();
    return states;
  }

  destroy(): void {
    this.docs.forEach((doc) => doc.destroy());
    this.docs.clear();
    this.listeners.clear();
  }
}
