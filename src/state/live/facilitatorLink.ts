import { HocuspocusProvider, HocuspocusProviderWebsocket, MessageType, type onMessageParameters } from '@hocuspocus/provider';
import { BOARD_DOC, inboxName, outboxName, ROSTER_DOC } from '../../live/names';
import type { LiveDocs } from './liveDocs';

const WRITTEN_HERE = /^(board|in\.)/;

export type LinkState = 'connecting' | 'connected' | 'disconnected';

interface LinkEvents {
  onState: (state: LinkState) => void;
  /** The server refused the facilitator's token (it restarted and has a new one). */
  onRefused: () => void;
  /** An awareness update on a participant's outbox (their presence: who is typing). */
  onPresence?: (participantId: string, update: Uint8Array) => void;
}

/**
 * The facilitator's one WebSocket to the live server over loopback, carrying every document of the session:
 * the board and the inboxes (written here), the roster and the participants' outboxes (read here).
 * Reconnects by itself; the token is read anew on every connection, so a restarted server's token is used.
 */
export class FacilitatorLink {
  private readonly socket: HocuspocusProviderWebsocket;
  private readonly providers = new Map<string, HocuspocusProvider>();
  private state: LinkState = 'connecting';

  constructor(
    url: string,
    private readonly token: () => string,
    private readonly docs: LiveDocs,
    private readonly events: LinkEvents,
  ) {
    this.socket = new HocuspocusProviderWebsocket({ url, delay: 300, minDelay: 300, maxDelay: 2000, factor: 1.5, jitter: false });
    this.socket.on('status', ({ status }: { status: string }) => this.setState(status === 'connected' ? 'connected' : status === 'connecting' ? 'connecting' : 'disconnected'));
    this.socket.on('close', () => this.setState('disconnected'));
    // Awareness on the roster only (no participant reads it): it keeps the socket's liveness check fed.
    this.open(ROSTER_DOC, true);
    this.open(BOARD_DOC);
  }

  get connected(): boolean {
    return this.state === 'connected';
  }

  /** Opens a participant's outbox and inbox (once). */
  follow(participantId: string): void {
    const outbox = outboxName(participantId);
    const isNew = !this.providers.has(outbox);
    this.open(outbox);
    this.open(inboxName(participantId));
    if (isNew) this.providers.get(outbox)?.on('message', ({ message }: onMessageParameters) => this.readPresence(participantId, message));
  }

  /** True when everything written here (the board, the inboxes) has reached the server. */
  get settled(): boolean {
    return [...this.providers].every(([name, p]) => !WRITTEN_HERE.test(name) || !p.hasUnsyncedChanges);
  }

  /** Drops the connection and connects again (with the current token). */
  reconnect(): void {
    this.socket.disconnect();
    void this.socket.connect();
  }

  destroy(): void {
    this.providers.forEach((p) => p.destroy());
    this.providers.clear();
    this.socket.destroy();
  }

  private open(name: string, awareness = false): void {
    if (this.providers.has(name)) return;
    const provider = new HocuspocusProvider({
      websocketProvider: this.socket,
      name,
      document: this.docs.get(name),
      token: () => this.token(),
      ...(awareness ? {} : { awareness: null }),
    });
    provider.on('authenticationFailed', () => this.events.onRefused());
    provider.attach();
    this.providers.set(name, provider);
  }

  /**
   * The outbox is opened without awareness, so this link never sends presence on a document it only reads;
   * the participant's presence the server relays is read here instead.
   */
  private readPresence(participantId: string, message: onMessageParameters['message']): void {
    try {
      message.readVarString();
      if (message.readVarUint() !== MessageType.Awareness) return;
      this.events.onPresence?.(participantId, message.readVarUint8Array());
    } catch {
      // Not a message this link reads.
    }
  }

  private setState(state: LinkState): void {
    if (state === this.state) return;
    this.state = state;
    this.events.onState(state);
  }
}
