import { nowIso, notesOfCanvas } from '../../domain';
import { parseDocName, ROSTER_DOC } from '../../live/names';
import { readRoster } from '../../live/roster';
import { cleanDisplayName } from '../../live/displayName';
import { readProfileName } from '../../live/outbox';
import { platform, type LiveStartRequest, type LiveStartResult } from '../../platform';
import type { LiveSessionRecord, LiveSessionRepository } from '../../storage';
import { useWorkshopStore } from '../workshopStore';
import { FacilitatorLink } from './facilitatorLink';
import { LiveDocs } from './liveDocs';
import { useLiveSession } from './liveStore';
import { Merger } from './merging';
import { startPublishing } from './publishing';
import { startRoomPublishing } from './roomPublishing';
import { commitRemote, saveNow } from './remote';
import { noteHeights } from '../noteHeights';
import { TypingWatch } from './typingWatch';

const WATCH_MS = 2000;
/**
 * The session's documents are saved at most this often. What a participant was told is on the canvas does not wait
 * for it (the note is in the canvas's own save before the answer); the documents let a restart resume without
 * duplicates, and the server and the phones hold them too. Saving every burst of changes (a room of 60 writes up to
 * 30 notes a second) encoded every changed document each time and kept the facilitator's window busy.
 */
const SAVE_EVERY_MS = 2000;
const SETTLE_LIMIT_MS = 3000;
const MERGE_BATCH_MS = 50;

export function startRequest(record: LiveSessionRecord): LiveStartRequest {
  return { sessionId: record.id, code: record.code, secret: record.secret, participants: record.participants, ...(record.host ? { host: record.host } : {}) };
}

/**
 * A session this window runs: its documents (kept in the database), the facilitator's connection, the merge of
 * every participant's notes and the board published from the canvas. It watches the server and starts it again
 * (same code, same secret, same documents) when it restarted or went away.
 */
export class ActiveSession {
  readonly docs = new LiveDocs();
  private link: FacilitatorLink | undefined;
  private merger: Merger;
  private publisher: ReturnType<typeof startPublishing> | undefined;
  private roomPublisher: { stop: () => void } | undefined;
  private token = '';
  private refused = false;
  private ensuring = false;
  private ending = false;
  private watch: ReturnType<typeof setInterval> | undefined;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly rosterNames = new Map<string, string>();
  private readonly changedOutboxes = new Set<string>();
  private batchTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly typing = new TypingWatch((typing) => useLiveSession.setState({ typing }));

  constructor(
    readonly record: LiveSessionRecord,
    private readonly repository: LiveSessionRepository,
    /** The server runs another session now (started from another window): this one is over here. */
    private readonly onSuperseded: () => void,
  ) {
    this.merger = new Merger({
      docs: this.docs,
      apply: commitRemote,
      save: saveNow,
      canvasId: record.canvasId,
      named: () => this.record.named,
      heights: noteHeights,
      joinedName: (id) => this.rosterNames.get(id),
      locked: () => useLiveSession.getState().locked,
    });
  }

  /** Loads the stored documents, starts (or finds) the server and connects. Throws when the server can't start. */
  async run(stored: ReadonlyMap<string, Uint8Array>): Promise<void> {
    this.docs.load(stored);
    const started = await platform().live.start(startRequest(this.record));
    this.token = started.facilitatorToken;
    this.showStarted(started);
    this.docs.onDirty = () => this.scheduleSave();
    // Leaving the page (closed, reloaded, hidden) saves what is waiting at once.
    addEventListener('pagehide', this.flushDocs);
    document.addEventListener('visibilitychange', this.flushDocs);
    this.docs.onChange((name) => this.changed(name));
    this.link = new FacilitatorLink(started.facilitatorUrl, () => this.token, this.docs, {
      onState: (state) => {
        if (state === 'connected') this.refused = false;
        else this.typing.clear();
        useLiveSession.setState({ link: state === 'connected' ? 'connected' : 'reconnecting' });
      },
      onRefused: () => {
        this.refused = true;
        void this.ensureServer();
      },
      onPresence: (participantId, update) => this.typing.receive(participantId, update),
    });
    for (const name of this.docs.names()) {
      const doc = parseDocName(name);
      if (doc?.kind === 'outbox') this.follow(doc.participantId);
    }
    // The room first: a reloaded window takes hidden notes back before the board is published.
    this.roomPublisher = startRoomPublishing(this.docs, this.record.canvasId, () => {
      // Unlocked: what participants wrote meanwhile goes on the canvas now.
      for (const id of this.rosterNames.keys()) this.merger.schedule(id);
    });
    this.publisher = startPublishing({
      docs: this.docs,
      canvasId: this.record.canvasId,
      session: () => ({ status: this.ending ? 'ended' : 'open', named: this.record.named }),
      onParticipantNoteGone: (id) => this.merger.schedule(id),
    });
    this.watch = setInterval(() => {
      if (!this.link?.connected || this.refused) void this.ensureServer();
    }, WATCH_MS);
  }

  /** The facilitator picks the address participants use (another network of this computer): a new join link. */
  async setHost(host: string): Promise<void> {
    this.record.host = host;
    await this.repository.save(this.record);
    const started = await platform().live.start(startRequest(this.record));
    this.token = started.facilitatorToken;
    this.showStarted(started);
    this.link?.reconnect();
  }

  setNamed(named: boolean): void {
    this.record.named = named;
    void this.repository.save(this.record);
    this.publisher?.publish();
  }

  /** Everything participants wrote goes on the canvas and is saved; participants are told; the server stops. */
  async end(): Promise<number> {
    this.ending = true;
    clearInterval(this.watch);
    this.mergeChanged();
    await this.merger.drain();
    await saveNow();
    await this.saveDocs();
    this.publisher?.publish();
    for (const deadline = Date.now() + SETTLE_LIMIT_MS; this.link && !this.link.settled && Date.now() < deadline; ) await new Promise((r) => setTimeout(r, 50));
    await platform()
      .live.stop()
      .catch(() => undefined);
    const entities = useWorkshopStore.getState().entities;
    const fromParticipants = entities ? notesOfCanvas(entities, this.record.canvasId).filter((n) => n.live).length : 0;
    this.close();
    await this.repository.end(this.record.id, nowIso());
    return fromParticipants;
  }

  /** Stops working here (the workshop closed, or another window took over); the server and the record stay. */
  async suspend(): Promise<void> {
    this.ending = true;
    this.mergeChanged();
    await this.merger.drain();
    await this.saveDocs();
    this.close();
  }

  private close(): void {
    removeEventListener('pagehide', this.flushDocs);
    document.removeEventListener('visibilitychange', this.flushDocs);
    clearInterval(this.watch);
    clearTimeout(this.batchTimer);
    clearTimeout(this.saveTimer);
    this.merger.stop();
    this.publisher?.stop();
    this.roomPublisher?.stop();
    this.link?.destroy();
    this.typing.destroy();
    this.docs.destroy();
  }

  private showStarted(started: LiveStartResult): void {
    useLiveSession.setState({ joinUrl: started.joinUrl, host: started.host, addresses: started.addresses, code: this.record.code });
  }

  private follow(participantId: string): void {
    this.link?.follow(participantId);
    this.merger.schedule(participantId);
  }

  private changed(name: string): void {
    if (name === ROSTER_DOC) return this.rosterChanged();
    const doc = parseDocName(name);
    if (doc?.kind === 'outbox') {
      this.mergeSoon(doc.participantId);
      this.profileChanged(doc.participantId, name);
    }
  }

  /** A participant renamed themselves on their device: the participants list follows. */
  private profileChanged(participantId: string, name: string): void {
    const chosen = cleanDisplayName(readProfileName(this.docs.get(name)));
    const names = useLiveSession.getState().profileNames;
    if (chosen && names[participantId] !== chosen) useLiveSession.setState({ profileNames: { ...names, [participantId]: chosen } });
  }

  /**
   * Outboxes that changed within a moment are merged together, in one task: the canvas renders once for all of
   * them instead of once per participant (a room of 60 writes up to 30 notes a second).
   */
  private mergeSoon(participantId: string): void {
    this.changedOutboxes.add(participantId);
    this.batchTimer ??= setTimeout(() => this.mergeChanged(), MERGE_BATCH_MS);
  }

  private mergeChanged(): void {
    clearTimeout(this.batchTimer);
    this.batchTimer = undefined;
    const ids = [...this.changedOutboxes];
    this.changedOutboxes.clear();
    for (const id of ids) this.merger.schedule(id);
  }

  private rosterChanged(): void {
    const roster = readRoster(this.docs.get(ROSTER_DOC));
    let joined = false;
    for (const participant of roster) {
      if (!this.rosterNames.has(participant.id)) this.follow(participant.id);
      if (this.rosterNames.get(participant.id) !== participant.name) joined = true;
      this.rosterNames.set(participant.id, participant.name);
    }
    useLiveSession.setState({ participants: roster });
    if (joined) {
      // Kept with the session, so a restarted server knows who joined (the cap, their names).
      const known = new Map(this.record.participants.map((p) => [p.id, p.name]));
      for (const p of roster) known.set(p.id, p.name);
      this.record.participants = [...known].map(([id, name]) => ({ id, name }));
      void this.repository.save(this.record);
    }
  }

  /** The server restarted (new token) or went away: start it again with the same session, then reconnect. */
  private async ensureServer(): Promise<void> {
    if (this.ensuring || this.ending) return;
    this.ensuring = true;
    try {
      const status = await platform().live.status();
      if (status.running && status.sessionId !== this.record.id) return this.onSuperseded();
      if (status.running && !this.refused) return;
      const started = await platform().live.start(startRequest(this.record));
      if (this.ending) return;
      const renewed = started.facilitatorToken !== this.token;
      this.token = started.facilitatorToken;
      this.showStarted(started);
      if (renewed || this.refused) {
        this.refused = false;
        this.link?.reconnect();
      }
    } catch {
      // The app's server is unreachable for now; the watch tries again.
    } finally {
      this.ensuring = false;
    }
  }

  private scheduleSave(): void {
    if (this.saveTimer !== undefined) return;
    this.saveTimer = setTimeout(() => void this.saveDocs(), SAVE_EVERY_MS);
  }

  private readonly flushDocs = (event: Event): void => {
    if (this.saveTimer === undefined) return;
    if (event.type === 'pagehide' || document.visibilityState === 'hidden') void this.saveDocs();
  };

  private async saveDocs(): Promise<void> {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    const states = this.docs.takeDirty();
    await this.repository.saveDocs(this.record.id, states).catch(() => {
      // Not stored this time: mark them again for the next attempt.
      for (const name of states.keys()) this.docs.markDirty(name);
      this.scheduleSave();
    });
  }
}

