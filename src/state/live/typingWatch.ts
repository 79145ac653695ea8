import { Awareness, applyAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { CanvasField } from '../../domain';
import { typingField } from '../../live/presence';

export type TypingByParticipant = Readonly<Record<string, CanvasField>>;

/**
 * Who is typing, as the facilitator's app learns it: the presence each participant's devices publish on their own
 * outbox. The facilitator only reads it (it never sends presence on a participant's document), so each outbox
 * gets a receive-only awareness here, with no local state. A participant's state that stops being renewed is
 * dropped by the awareness's own timeout.
 */
export class TypingWatch {
  private readonly host = new Y.Doc();
  private readonly outboxes = new Map<string, Awareness>();
  private typing: TypingByParticipant = {};

  constructor(private readonly onChange: (typing: TypingByParticipant) => void) {}

  /** An awareness update the server relayed from a participant's outbox; a malformed one is ignored. */
  receive(participantId: string, update: Uint8Array): void {
    let awareness = this.outboxes.get(participantId);
    if (!awareness) {
      awareness = new Awareness(this.host);
      awareness.setLocalState(null);
      awareness.on('change', () => this.publish());
      this.outboxes.set(participantId, awareness);
    }
    try {
      applyAwarenessUpdate(awareness, update, 'server');
    } catch {
      // Not an awareness update: a device's mistake changes nothing here.
    }
  }

  /**
   * The facilitator's connection dropped: nobody is known to type until the server sends the states again on
   * reconnect. The awarenesses go entirely: one that kept its clocks would ignore those states (not newer).
   */
  clear(): void {
    this.outboxes.forEach((a) => a.destroy());
    this.outboxes.clear();
    this.publish();
  }

  get current(): TypingByParticipant {
    return this.typing;
  }

  destroy(): void {
    this.outboxes.forEach((a) => a.destroy());
    this.outboxes.clear();
    this.host.destroy();
  }

  private publish(): void {
    const typing: Record<string, CanvasField> = {};
    for (const [id, awareness] of this.outboxes) {
      const field = typingField(awareness.getStates().values());
      if (field) typing[id] = field;
    }
    const before = Object.entries(this.typing);
    if (before.length === Object.keys(typing).length && before.every(([id, field]) => typing[id] === field)) return;
    this.typing = typing;
    this.onChange(typing);
  }
}
