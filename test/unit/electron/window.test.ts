// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { windowOptions } from '../../../electron/main/window';

describe('windowOptions', () => {
  const options = windowOptions({ x: 10, y: 20, width: 1200, height: 800 }, '/app/out/preload/index.cjs');

  it('keeps the security baseline', () => {
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
    });
  });

  it('uses the given bounds and waits for ready-to-show', () => {
    expect(options).toMatchObject({ x: 10, y: 20, width: 1200, height: 800, show: false, title: 'Partnerscape' });
  });
});
