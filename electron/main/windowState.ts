import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { BrowserWindow, Rectangle } from 'electron';

export interface WindowState {
  bounds: Rectangle;
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1280, height: 820 };
const MIN_VISIBLE = 64;

function isFiniteRect(value: unknown): value is Rectangle {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return ['x', 'y', 'width', 'height'].every((k) => typeof r[k] === 'number' && Number.isFinite(r[k]));
}

export function parseWindowState(json: unknown): WindowState | undefined {
  if (typeof json !== 'object' || json === null) return undefined;
  const { bounds, maximized } = json as Record<string, unknown>;
  if (!isFiniteRect(bounds) || bounds.width <= 0 || bounds.height <= 0) return undefined;
  return { bounds, maximized: maximized === true };
}

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

function centered(area: Rectangle, size: { width: number; height: number }): Rectangle {
  const width = Math.min(size.width, area.width);
  const height = Math.min(size.height, area.height);
  return {
    x: area.x + Math.round((area.width - width) / 2),
    y: area.y + Math.round((area.height - height) / 2),
    width,
    height,
  };
}

/**
 * Keeps a remembered window on a display that still exists: bounds that are mostly off-screen are
 * re-centred on the primary work area, and a window larger than its display shrinks to fit.
 */
export function clampBounds(saved: Rectangle | undefined, workAreas: Rectangle[]): Rectangle {
  const primary = workAreas[0] ?? { x: 0, y: 0, ...DEFAULT_SIZE };
  if (!saved) return centered(primary, DEFAULT_SIZE);
  const host = workAreas.find((area) => {
    const o = overlap(saved, area);
    return o.width >= MIN_VISIBLE && o.height >= MIN_VISIBLE;
  });
  if (!host) return centered(primary, saved);
  const width = Math.min(saved.width, host.width);
  const height = Math.min(saved.height, host.height);
  return {
    x: Math.min(Math.max(saved.x, host.x), host.x + host.width - width),
    y: Math.min(Math.max(saved.y, host.y), host.y + host.height - height),
    width,
    height,
  };
}

export async function loadWindowState(file: string): Promise<WindowState | undefined> {
  try {
    return parseWindowState(JSON.parse(await readFile(file, 'utf8')));
  } catch {
    return undefined;
  }
}

/** Writes the state to a temp file beside the target and renames it over, so a crash never leaves half a file. */
export async function saveWindowState(file: string, state: WindowState): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temp = `${file}.${randomUUID()}.tmp`;
  try {
    await writeFile(temp, JSON.stringify(state), 'utf8');
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

export function captureWindowState(win: BrowserWindow): WindowState {
  return { bounds: win.getNormalBounds(), maximized: win.isMaximized() };
}

/** Saves the window's state shortly after it moves or resizes, and once more when it closes. */
export function trackWindowState(win: BrowserWindow, file: string, delayMs = 500): void {
  let timer: NodeJS.Timeout | undefined;
  const save = () => {
    if (win.isDestroyed()) return;
    saveWindowState(file, captureWindowState(win)).catch(() => undefined);
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(save, delayMs);
  };
  win.on('resize', schedule);
  win.on('move', schedule);
  win.on('maximize', schedule);
  win.on('unmaximize', schedule);
  win.on('close', () => {
    clearTimeout(timer);
    save();
  });
}
