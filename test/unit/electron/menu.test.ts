// @vitest-environment node
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ app: { isPackaged: true }, Menu: {} }));
const { menuTemplate } = await import('../../../electron/main/menu');

type Item = MenuItemConstructorOptions;
const submenu = (menu: Item[], label: string) => (menu.find((m) => m.label === label)?.submenu ?? []) as Item[];
const find = (items: Item[], label: string) => items.find((i) => i.label === label);
const allItems = (menu: Item[]): Item[] => menu.flatMap((m) => [m, ...allItems((m.submenu as Item[] | undefined) ?? [])]);

describe.each([
  ['Windows/Linux', false],
  ['macOS', true],
])('menu template on %s', (_name, isMac) => {
  it('has File, Edit, View and Help menus', () => {
    const labels = menuTemplate(isMac, false, vi.fn()).map((m) => m.label);
    expect(labels).toEqual(expect.arrayContaining(['File', 'Edit', 'View', 'Help']));
  });

  it.each([
    ['File', 'New workshop', 'new-workshop', 'CmdOrCtrl+N'],
    ['File', 'Open…', 'open-workshop', 'CmdOrCtrl+O'],
    ['File', 'Import workshop…', 'import-workshop', 'CmdOrCtrl+Shift+O'],
    ['File', 'Export workshop…', 'export-workshop', 'CmdOrCtrl+E'],
    ['File', 'Export PDF…', 'export-pdf', 'CmdOrCtrl+P'],
    ['Edit', 'Undo', 'undo', 'CmdOrCtrl+Z'],
    ['Edit', 'Redo', 'redo', undefined],
    ['Help', 'Keyboard shortcuts', 'shortcuts', 'F1'],
    ['Help', 'About Partnerscape', 'about', undefined],
  ])('%s › %s sends %s', (menu, label, command, accelerator) => {
    const send = vi.fn();
    const item = find(submenu(menuTemplate(isMac, false, send), menu), label);
    expect(item?.role).toBeUndefined();
    if (accelerator) expect(item?.accelerator).toBe(accelerator);
    (item?.click as () => void)();
    expect(send).toHaveBeenCalledExactlyOnceWith(command);
  });

  it('uses roles for clipboard, zoom and full screen', () => {
    const template = menuTemplate(isMac, false, vi.fn());
    expect(submenu(template, 'Edit').map((i) => i.role)).toEqual(
      expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll']),
    );
    expect(submenu(template, 'View').map((i) => i.role)).toEqual(
      expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']),
    );
    expect(allItems(template).some((i) => i.role === 'quit')).toBe(true);
  });

  it('offers dev tools only in development', () => {
    const roles = (isDev: boolean) => allItems(menuTemplate(isMac, isDev, vi.fn())).map((i) => i.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).not.toContain('reload');
    expect(roles(true)).toContain('toggleDevTools');
  });

  it('has no duplicate accelerators', () => {
    const accelerators = allItems(menuTemplate(isMac, true, vi.fn()))
      .map((i) => i.accelerator)
      .filter(Boolean);
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });
});

it('puts Redo on Ctrl+Y off macOS and Shift+Cmd+Z on macOS', () => {
  expect(find(submenu(menuTemplate(false, false, vi.fn()), 'Edit'), 'Redo')?.accelerator).toBe('Ctrl+Y');
  expect(find(submenu(menuTemplate(true, false, vi.fn()), 'Edit'), 'Redo')?.accelerator).toBe('Shift+Cmd+Z');
});
