import type * as Y from 'yjs';

/**
 * A participant's inbox, written by the facilitator's app only: what became of each of their notes.
 * Written only after the canvas change is saved, so an acknowledged note is never lost.
 */
export type AckStatus = 'on-canvas' | 'clamped' | 'refused' | 'removed' | 'deleted';
export type RefusalReason = 'limit' | 'empty' | 'invalid' | 'locked';

export interface Ack {
  status: AckStatus;
  /** The revision of the participant's note this answers. */
  rev: number;
  /** The canvas note it became. */
  noteId?: string;
  reason?: RefusalReason;
}

const ACK_STATUSES: readonly AckStatus[] = ['on-canvas', 'clamped', 'refused', 'removed', 'deleted'];
const acksMap = (doc: Y.Doc) => doc.getMap<Ack>('acks');

export function sameAck(a: Ack | undefined, b: Ack): boolean {
  return a !== undefined && a.status === b.status && a.rev === b.rev && a.noteId === b.noteId && a.reason === b.reason;
}

export function readAcks(doc: Y.Doc): Map<string, Ack> {
  const acks = new Map<string, Ack>();
  acksMap(doc).forEach((value, key) => {
    if (typeof value !== 'object' || value === null || !ACK_STATUSES.includes(value.status) || typeof value.rev !== 'number') return;
    acks.set(key, value);
  });
  return acks;
}

export function writeAcks(doc: Y.Doc, acks: ReadonlyMap<string, Ack>): void {
  if (acks.size === 0) return;
  const map = acksMap(doc);
  doc.transact(() => acks.forEach((ack, key) => (sameAck(map.get(key), ack) ? undefined : map.set(key, ack))));
}
