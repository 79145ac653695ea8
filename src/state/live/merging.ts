import type { Heights, WorkshopEntities } from '../../domain';
import { cleanDisplayName } from '../../live/displayName';
import { readAcks, writeAcks } from '../../live/inbox';
import { mergeParticipant } from '../../live/merge';
import { outboxVotes } from '../../live/ballots';
import { mergeParticipantVotes } from '../../live/voteMerge';
import { inboxName, outboxName } from '../../live/names';
import { outboxNotes, readProfileName } from '../../live/outbox';
import type { LiveDocs } from './liveDocs';

const RETRY_AFTER_FAILED_SAVE_MS = 3000;

interface MergeContext {
  docs: LiveDocs;
  /** Applies a recipe to the open workshop as a remote change (undefined: no workshop open). */
  apply: <R>(recipe: (entities: WorkshopEntities) => { entities: WorkshopEntities; result: R }) => R | undefined;
  /** Saves what changed; false when the save failed. */
  save: () => Promise<boolean>;
  canvasId: string;
  named: () => boolean;
  /** Notes' heights as measured on screen. */
  heights: () => Heights;
  /** The name the participant joined with (the server's roster). */
  joinedName: (participantId: string) => string | undefined;
  /** The facilitator locked the board (participants' notes wait until it is unlocked). */
  locked?: () => boolean;
}

/**
 * Merges each participant's outbox into the canvas, one merge at a time per participant, and answers in their
 * inbox only once the canvas change is saved: an acknowledged note is never lost.
 */
export class Merger {
  private readonly running = new Map<string, Promise<void>>();
  private readonly again = new Set<string>();
  private stopped = false;

  constructor(private readonly context: MergeContext) {}

  schedule(participantId: string): void {
    if (this.stopped) return;
    if (this.running.has(participantId)) {
      this.again.add(participantId);
      return;
    }
    const run = (async () => {
      do {
        this.again.delete(participantId);
        await this.mergeOnce(participantId);
      } while (this.again.has(participantId) && !this.stopped);
    })().finally(() => this.running.delete(participantId));
    this.running.set(participantId, run);
  }

  /** Resolves when every scheduled merge has finished. */
  async drain(): Promise<void> {
    while (this.running.size) await Promise.all(this.running.values());
  }

  stop(): void {
    this.stopped = true;
  }

  private async mergeOnce(participantId: string): Promise<void> {
    const { docs, canvasId } = this.context;
    const outbox = docs.get(outboxName(participantId));
    const inbox = docs.get(inboxName(participantId));
    const name = cleanDisplayName(readProfileName(outbox)) || this.context.joinedName(participantId) || 'Participant';
    const named = this.context.named();
    const acks = this.context.apply((entities) => {
      const merged = mergeParticipant(entities, { canvasId, named, heights: this.context.heights(), locked: this.context.locked?.() === true }, { id: participantId, name }, outboxNotes(outbox).entries(), readAcks(inbox));
      // Their dots too, held to the open round's budget and rules (votes need no answer: the board shows the round).
      return { entities: mergeParticipantVotes(merged.entities, { canvasId, named }, { id: participantId, name }, outboxVotes(outbox).entries()), result: merged.result };
    });
    if (!acks?.size) return;
    if (!(await this.context.save())) {
      setTimeout(() => this.schedule(participantId), RETRY_AFTER_FAILED_SAVE_MS);
      return;
    }
    writeAcks(inbox, acks);
  }
}
