import { describe, expect, it } from 'vitest';
import { notesOfCanvas, toEntities } from '../../../src/domain';
import { mergeParticipant } from '../../../src/live/merge';
import { fixedExample } from '../../fixtures/bundles';

const AT = '2026-11-01T10:00:00.000Z';
const ada = { id: 'adaparticipa', name: 'Ada' };
const note = (text: string, rev = 1, extra: Record<string, unknown> = {}) => ({ field: 'valueOffer', text, rev, at: AT, ...extra });

describe('Lock board at the merge', () => {
  it('refuses new notes, edits and deletions while locked, answers why, and lets them in once unlocked', () => {
    const start = toEntities(fixedExample());
    const canvasId = Object.keys(start.canvases)[0]!;
    const options = { canvasId, named: true, at: AT };
    const before = mergeParticipant(start, options, ada, [['k1', note('Written before the lock')]], new Map());
    const acks = new Map(before.result);

    const outbox: [string, unknown][] = [
      ['k1', note('Edited while locked', 2)],
      ['k2', note('Sent by a script while locked')],
    ];
    const locked = mergeParticipant(before.entities, { ...options, locked: true }, ada, outbox, acks);
    expect(locked.entities).toBe(before.entities);
    expect(locked.result.get('k2')).toMatchObject({ status: 'refused', reason: 'locked' });
    expect(locked.result.get('k1')).toMatchObject({ status: 'refused', reason: 'locked', rev: 2 });
    const deleting = mergeParticipant(before.entities, { ...options, locked: true }, ada, [['k1', note('', 3, { deleted: true })]], acks);
    expect(deleting.entities).toBe(before.entities);

    for (const [key, ack] of locked.result) acks.set(key, ack);
    const unlocked = mergeParticipant(before.entities, options, ada, outbox, acks);
    const texts = notesOfCanvas(unlocked.entities, canvasId)
      .filter((n) => n.live)
      .map((n) => n.text)
      .sort();
    expect(texts).toEqual(['Edited while locked', 'Sent by a script while locked']);
    expect(unlocked.result.get('k1')).toMatchObject({ status: 'on-canvas', rev: 2 });
  });
});
