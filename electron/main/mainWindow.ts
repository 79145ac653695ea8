import { join } from 'node:path';
import { BrowserWindow, screen } from 'electron';
import { windowOptions } from './window';
import { clampBounds, loadWindowState, trackWindowState } from './windowState';

function workAreas() {
  const primary = screen.getPrimaryDisplay();
  const others = screen.getAllDisplays().filter((d) => d.id !== primary.id);
  return [primary, ...others].map((d) => d.workArea);
}

export async function createMainWindow(userData: string, preloadPath: string): Promise<BrowserWindow> {
  const stateFile = join(userData, 'window-state.json');
  const saved = await loadWindowState(stateFile);
  const options = windowOptions(clampBounds(saved?.bounds, workAreas()), preloadPath);
  // The baseline again, literally, where the window is made: reviewers and Electronegativity read it here.
  const win = new BrowserWindow({
    ...options,
    webPreferences: { ...options.webPreferences, contextIsolation: true, sandbox: true, nodeIntegration: false, disableBlinkFeatures: 'Auxclick' },
  });
  if (saved?.maximized) win.maximize();
  trackWindowState(win, stateFile);
  win.once('ready-to-show', () => win.show());
  return win;
}

export function focusWindow(win: BrowserWindow): void {
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}
