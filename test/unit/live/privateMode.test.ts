import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { publishBoard, readBoard, type BoardNote } from '../../../src/live/board';
import { boardWhileHidden } from '../../../src/live/privateMode';

const session = { status: 'open' as const, title: 'Canvas', named: true };
const note = (text: string, author?: string): BoardNote => ({ field: 'valueOffer', text, color: 'yellow', order: 0, ...(author ? { author } : {}) });

describe('silent brainstorming on the board', () => {
  it('adds nothing new while notes are hidden, lets deletions through, and the reveal publishes everything at once', () => {
    const board = new Y.Doc();
    const phone = new Y.Doc();
    board.on('update', (update: Uint8Array) => Y.applyUpdate(phone, update));
    publishBoard(board, session, new Map([['n1', note('Said before the silence')], ['n2', note('Will be deleted')]]));

    const canvas = new Map([
      ['n1', note('Said before the silence', 'Ada')],
      ['n3', note('Secret while hidden', 'Grace')],
    ]);
    publishBoard(board, session, boardWhileHidden(board, canvas));
    expect(readBoard(phone).notes.map((n) => [n.id, n.author])).toEqual([['n1', 'Ada']]);
    const everything = new TextDecoder().decode(Y.encodeStateAsUpdate(phone));
    expect(everything).not.toContain('Secret while hidden');

    publishBoard(board, session, canvas);
    expect(readBoard(phone).notes.map((n) => n.text).sort()).toEqual(['Said before the silence', 'Secret while hidden']);
  });
});
