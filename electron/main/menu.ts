import { app, Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/ipc';

export type SendCommand = (command: MenuCommand) => void;

function command(label: string, cmd: MenuCommand, send: SendCommand, accelerator?: string): MenuItemConstructorOptions {
  return { label, click: () => send(cmd), ...(accelerator ? { accelerator } : {}) };
}

function fileMenu(isMac: boolean, send: SendCommand): MenuItemConstructorOptions {
  return {
    label: 'File',
    submenu: [
      command('New workshop', 'new-workshop', send, 'CmdOrCtrl+N'),
      command('Open…', 'open-workshop', send, 'CmdOrCtrl+O'),
      { type: 'separator' },
      command('Import workshop…', 'import-workshop', send, 'CmdOrCtrl+Shift+O'),
      command('Export workshop…', 'export-workshop', send, 'CmdOrCtrl+E'),
      command('Export PDF…', 'export-pdf', send, 'CmdOrCtrl+P'),
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit', label: 'Quit', accelerator: 'Ctrl+Q' },
    ],
  };
}

function editMenu(isMac: boolean, send: SendCommand): MenuItemConstructorOptions {
  return {
    label: 'Edit',
    submenu: [
      // The page handles these keys itself (text fields keep their own undo); the menu only shows them.
      { ...command('Undo', 'undo', send, 'CmdOrCtrl+Z'), registerAccelerator: false },
      { ...command('Redo', 'redo', send, isMac ? 'Shift+Cmd+Z' : 'Ctrl+Y'), registerAccelerator: false },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };
}

function viewMenu(isDev: boolean): MenuItemConstructorOptions {
  const devItems: MenuItemConstructorOptions[] = isDev
    ? [{ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' }]
    : [];
  return {
    label: 'View',
    submenu: [
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { role: 'resetZoom' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...devItems,
    ],
  };
}

function macAppMenu(send: SendCommand): MenuItemConstructorOptions {
  return {
    label: 'Partnerscape',
    submenu: [
      command('About Partnerscape', 'about', send),
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };
}

/** The native menu as data; every app action is sent to the renderer as a MenuCommand. */
export function menuTemplate(isMac: boolean, isDev: boolean, send: SendCommand): MenuItemConstructorOptions[] {
  return [
    ...(isMac ? [macAppMenu(send)] : []),
    fileMenu(isMac, send),
    editMenu(isMac, send),
    viewMenu(isDev),
    ...(isMac ? [{ role: 'windowMenu' } as MenuItemConstructorOptions] : []),
    {
      label: 'Help',
      role: 'help',
      submenu: [
        // The page opens the sheet on F1 or ? itself; the menu shows the key.
        { ...command('Keyboard shortcuts', 'shortcuts', send, 'F1'), registerAccelerator: false },
        command('About Partnerscape', 'about', send),
      ],
    },
  ];
}

export function installMenu(send: SendCommand): void {
  const template = menuTemplate(process.platform === 'darwin', !app.isPackaged, send);
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
