// @vitest-environment node
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BACKUPS_KEPT, BackupStore } from '../../../electron/main/backups';

let root: string;
let store: BackupStore;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'ps-backups-'));
  store = new BackupStore(root);
});
afterEach(() => rm(root, { recursive: true, force: true }));

const at = (minute: number) => new Date(Date.UTC(2026, 10, 25, 9, minute, 0, 0));

describe('BackupStore', () => {
  it('writes a snapshot atomically: the final file only, no temp file left', async () => {
    const entry = await store.write('w1', 'hello', at(0));
    expect(entry).toEqual({ file: '20261125T090000000Z.partnerscape', savedAt: '2026-11-25T09:00:00.000Z', bytes: 5 });
    expect(await readdir(join(root, 'w1'))).toEqual(['20261125T090000000Z.partnerscape']);
    expect(await store.read('w1', entry.file)).toBe('hello');
  });

  it(`keeps the newest ${BACKUPS_KEPT} per workshop, newest first`, async () => {
    for (let minute = 0; minute < BACKUPS_KEPT + 5; minute++) await store.write('w1', `v${minute}`, at(minute));
    await store.write('w2', 'other', at(0));
    const list = await store.list('w1');
    expect(list).toHaveLength(BACKUPS_KEPT);
    expect(list[0]?.savedAt).toBe(at(BACKUPS_KEPT + 4).toISOString());
    expect(list.at(-1)?.savedAt).toBe(at(5).toISOString());
    expect(await store.read('w1', list[0]!.file)).toBe(`v${BACKUPS_KEPT + 4}`);
    expect(await store.list('w2')).toHaveLength(1);
  });

  it('never overwrites a snapshot taken in the same millisecond', async () => {
    const a = await store.write('w1', 'first', at(1));
    const b = await store.write('w1', 'second', at(1));
    expect(a.file).not.toBe(b.file);
    expect(await store.read('w1', a.file)).toBe('first');
    expect(await store.read('w1', b.file)).toBe('second');
  });

  it('lists nothing for a workshop without backups', async () => {
    expect(await store.list('never-saved')).toEqual([]);
  });

  it.each(['..', '../x', 'a/b', '', 'x'.repeat(65)])('refuses the workshop id %j', async (id) => {
    await expect(store.write(id, 'x')).rejects.toThrow(/Invalid workshop id/);
  });

  it.each(['../../secret', 'window-state.json', '20261125T090000000Z.partnerscape/../x'])('refuses to read %j', async (file) => {
    await expect(store.read('w1', file)).rejects.toThrow(/Invalid backup file name/);
  });
});
