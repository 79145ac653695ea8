// @vitest-environment node
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  clampBounds,
  DEFAULT_SIZE,
  loadWindowState,
  parseWindowState,
  saveWindowState,
} from '../../../electron/main/windowState';

const primary = { x: 0, y: 0, width: 1920, height: 1040 };
const right = { x: 1920, y: 0, width: 1280, height: 1024 };

describe('clampBounds', () => {
  it('centres the default size when nothing is remembered', () => {
    expect(clampBounds(undefined, [primary])).toEqual({ x: 320, y: 110, ...DEFAULT_SIZE });
  });

  it('keeps bounds that are on a display', () => {
    const bounds = { x: 2000, y: 100, width: 1000, height: 700 };
    expect(clampBounds(bounds, [primary, right])).toEqual(bounds);
  });

  it('re-centres a window whose display is gone', () => {
    const bounds = { x: 2000, y: 100, width: 1000, height: 700 };
    expect(clampBounds(bounds, [primary])).toEqual({ x: 460, y: 170, width: 1000, height: 700 });
  });

  it('re-centres a window far off-screen', () => {
    const result = clampBounds({ x: -5000, y: -5000, width: 800, height: 600 }, [primary]);
    expect(result).toEqual({ x: 560, y: 220, width: 800, height: 600 });
  });

  it('pulls a partly visible window fully onto its display and shrinks an oversized one', () => {
    expect(clampBounds({ x: 1800, y: 900, width: 800, height: 600 }, [primary])).toEqual({ x: 1120, y: 440, width: 800, height: 600 });
    expect(clampBounds({ x: 0, y: 0, width: 4000, height: 3000 }, [primary])).toEqual(primary);
  });
});

describe('window state file', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ps-window-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('round-trips through an atomic write and leaves no temp file', async () => {
    const file = join(dir, 'nested', 'window-state.json');
    const state = { bounds: { x: 1, y: 2, width: 1100, height: 700 }, maximized: true };
    await saveWindowState(file, state);
    await saveWindowState(file, { ...state, maximized: false });
    expect(await loadWindowState(file)).toEqual({ ...state, maximized: false });
    expect(await readdir(join(dir, 'nested'))).toEqual(['window-state.json']);
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ maximized: false });
  });

  it('ignores a missing, corrupt or malformed file', async () => {
    const file = join(dir, 'window-state.json');
    expect(await loadWindowState(file)).toBeUndefined();
    await writeFile(file, '{not json');
    expect(await loadWindowState(file)).toBeUndefined();
    expect(parseWindowState({ bounds: { x: 0, y: 0, width: -1, height: 10 } })).toBeUndefined();
    expect(parseWindowState({ bounds: { x: 'a', y: 0, width: 10, height: 10 } })).toBeUndefined();
    expect(parseWindowState({ bounds: { x: 0, y: 0, width: 10, height: 10 }, maximized: 'yes' })).toEqual({
      bounds: { x: 0, y: 0, width: 10, height: 10 },
      maximized: false,
    });
  });
});
