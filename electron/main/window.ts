import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';

export const MIN_WIDTH = 960;
export const MIN_HEIGHT = 600;

/** The security baseline for every app window; pure so it can be asserted in tests. */
export function windowOptions(bounds: Partial<Rectangle>, preloadPath: string): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    title: 'Partnerscape',
    show: false,
    backgroundColor: '#f6f7fb',
    autoHideMenuBar: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
    },
  };
}
