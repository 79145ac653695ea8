import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, session } from 'electron';
import { IPC_EVENTS, type MenuCommand } from '../shared/ipc';
import { BackupStore } from './backups';
import { registerIpcHandlers } from './ipc';
import { createLiveHost, registerLiveIpc } from './live';
import { createMainWindow, focusWindow } from './mainWindow';
import { installMenu } from './menu';
import { claimSingleInstance, createOpenedFileDispatcher, workshopPathFromArgv } from './openedFiles';
import { createOriginPolicy } from './origin';
import { registerAppScheme, serveAppProtocol } from './protocol';
import { hardenSession, hardenWebContents } from './security';

const here = dirname(fileURLToPath(import.meta.url));
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const policy = createOriginPolicy(devServerUrl);
const openedFiles = createOpenedFileDispatcher();
const live = createLiveHost(here, devServerUrl);
let mainWindow: BrowserWindow | undefined;

registerAppScheme();
if (!app.isPackaged && process.env.PARTNERSCAPE_USER_DATA) app.setPath('userData', process.env.PARTNERSCAPE_USER_DATA);

async function openMainWindow(): Promise<void> {
  const win = await createMainWindow(app.getPath('userData'), join(here, '../preload/index.cjs'));
  mainWindow = win;
  win.on('closed', () => {
    mainWindow = undefined;
    openedFiles.detach();
  });
  await win.loadURL(policy.entryUrl);
  await openedFiles.attach({
    send: (channel, payload) => win.webContents.send(channel, payload),
    focus: () => focusWindow(win),
  });
}

async function start(): Promise<void> {
  hardenSession(session.defaultSession, policy);
  if (!devServerUrl) serveAppProtocol(join(here, '../renderer'));
  registerIpcHandlers(policy, new BackupStore(join(app.getPath('userData'), 'backups')));
  registerLiveIpc(policy, live);
  installMenu((command: MenuCommand) => mainWindow?.webContents.send(IPC_EVENTS.menuCommand, command));
  const launchPath = workshopPathFromArgv(process.argv, process.cwd());
  if (launchPath) void openedFiles.open(launchPath);
  await openMainWindow();
}

function onSecondInstance(argv: string[], cwd: string): void {
  if (mainWindow) focusWindow(mainWindow);
  const path = workshopPathFromArgv(argv, cwd);
  if (path) void openedFiles.open(path);
}

if (!claimSingleInstance(onSecondInstance)) {
  app.quit();
} else {
  app.on('open-file', (event, path) => {
    event.preventDefault();
    void openedFiles.open(path);
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, policy));
  app.on('will-quit', () => live.dispose());
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && !mainWindow) openMainWindow().catch((error: unknown) => console.error(error));
  });
  app.whenReady().then(start).catch((error: unknown) => {
    console.error('Partnerscape failed to start:', error);
    app.exit(1);
  });
}
