import type { Page } from '@playwright/test';

/**
 * Installs a stand-in for the preload API (window.partnerscape) before the app loads, so the renderer
 * takes its desktop path in Chromium: backups kept in memory, saved files captured, menu commands sent on demand.
 */
export async function installDesktopBridge(page: Page): Promise<void> {
  await page.addInitScript(() => {
    type Entry = { file: string; savedAt: string; bytes: number; text: string };
    const backups = new Map<string, Entry[]>();
    const menuListeners = new Set<(command: string) => void>();
    const fileListeners = new Set<(file: { name: string; text: string }) => void>();
    const saved: { name: string; size: number }[] = [];
    let counter = 0;
    const w = window as unknown as Record<string, unknown>;
    w.__desktop = {
      backups,
      saved,
      menu: (command: string) => menuListeners.forEach((listener) => listener(command)),
      openWithApp: (file: { name: string; text: string }) => fileListeners.forEach((listener) => listener(file)),
      backupCount: (id: string) => backups.get(id)?.length ?? 0,
    };
    w.partnerscape = {
      saveFile: async (request: { suggestedName: string; data: string | Uint8Array }) => {
        saved.push({ name: request.suggestedName, size: typeof request.data === 'string' ? request.data.length : request.data.byteLength });
        return { saved: true, path: `/home/user/${request.suggestedName}` };
      },
      openFile: async () => ({ opened: false }),
      appInfo: async () => ({ name: 'Partnerscape', version: '0.1.0', electron: '45.5.0', chrome: '142', platform: 'linux' }),
      backups: {
        write: async ({ workshopId, text }: { workshopId: string; text: string }) => {
          const savedAt = new Date(Date.now() + counter++).toISOString();
          const entry = { file: `${savedAt.replace(/[-:.]/g, '')}.partnerscape`, savedAt, bytes: text.length, text };
          backups.set(workshopId, [entry, ...(backups.get(workshopId) ?? [])].slice(0, 20));
          return { file: entry.file, savedAt, bytes: entry.bytes };
        },
        list: async ({ workshopId }: { workshopId: string }) => (backups.get(workshopId) ?? []).map(({ file, savedAt, bytes }) => ({ file, savedAt, bytes })),
        read: async ({ workshopId, file }: { workshopId: string; file: string }) => {
          const entry = backups.get(workshopId)?.find((e) => e.file === file);
          if (!entry) throw new Error('No such backup');
          return entry.text;
        },
      },
      onMenuCommand: (listener: (command: string) => void) => {
        menuListeners.add(listener);
        return () => menuListeners.delete(listener);
      },
      onOpenedFile: (listener: (file: { name: string; text: string }) => void) => {
        fileListeners.add(listener);
        return () => fileListeners.delete(listener);
      },
    };
  });
}

export function sendMenuCommand(page: Page, command: string): Promise<void> {
  return page.evaluate((c) => (window as unknown as { __desktop: { menu(c: string): void } }).__desktop.menu(c), command);
}

export function backupCount(page: Page, workshopId: string): Promise<number> {
  return page.evaluate((id) => (window as unknown as { __desktop: { backupCount(id: string): number } }).__desktop.backupCount(id), workshopId);
}

/** As if the person double-clicked a .partnerscape file (file association or a second app instance). */
export function openWithApp(page: Page, file: { name: string; text: string }): Promise<void> {
  return page.evaluate((f) => (window as unknown as { __desktop: { openWithApp(f: { name: string; text: string }): void } }).__desktop.openWithApp(f), file);
}
