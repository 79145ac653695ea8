import { resolve } from 'node:path';
import { expect, type Browser, type BrowserContext, type BrowserContextOptions, type Page, type TestInfo } from '@playwright/test';
import { preview } from 'vite';

/**
 * Live-session e2e tests talk to loopback only (PARTNERSCAPE_LIVE_HOST=127.0.0.1). Each parallel worker gets
 * its own block of ports in 4310–4389, so tests running side by side never share a server.
 */
export function livePorts(testInfo: TestInfo): { live: number; app: number; spare: number } {
  // LIVE_PORT_BASE keeps runs in parallel worktrees off each other's ports.
  const base = Number(process.env.LIVE_PORT_BASE ?? 4310) + (testInfo.parallelIndex % 8) * 10;
  return { live: base, app: base + 1, spare: base + 2 };
}

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Chromium resolves lan.test to 127.0.0.1: a made-up LAN name, so the page is plain http and not a secure context. */
export const LAN_NAME = 'lan.test';
export const LAN_ARGS = [...CHROMIUM_ARGS, `--host-resolver-rules=MAP ${LAN_NAME} 127.0.0.1`];
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function until(check: () => boolean | Promise<boolean>, what: string, limitMs = 10_000): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}


/**
 * The web version as `vite preview` serves it, with the live server plugin: one per test, on the test's own
 * ports, with the live server bound to loopback and named lan.test in its join links.
 */
export async function startApp(ports: { live: number; app: number }): Promise<{ url: string; close: () => Promise<void> }> {
  process.env.PARTNERSCAPE_LIVE_HOST = '127.0.0.1';
  process.env.PARTNERSCAPE_LIVE_PORT = String(ports.live);
  process.env.PARTNERSCAPE_LIVE_NAME = LAN_NAME;
  const server = await preview({ configFile: resolve('vite.web.config.ts'), logLevel: 'silent', preview: { port: ports.app, strictPort: true, host: '127.0.0.1' } });
  return { url: `http://127.0.0.1:${ports.app}`, close: () => server.close() };
}

/** Page errors fail a live test, but a socket refused while a device is "offline" is expected there. */
export function watchErrors(page: Page, problems: string[]): void {
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('dialog', (dialog) => problems.push(`dialog: ${dialog.message()}`));
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() !== 'error' || /WebSocket|ERR_CONNECTION_REFUSED|Failed to load resource/.test(text)) return;
    problems.push(`console: ${text}`);
  });
}

/** The facilitator opens the example workshop's canvas and starts a live session; returns the join link. */
export async function startSession(page: Page, appUrl: string): Promise<string> {
  await page.goto(appUrl);
  await page.getByRole('button', { name: 'Open example workshop' }).click();
  await expect(page.getByRole('heading', { name: 'Northwind ecosystem workshop' })).toBeVisible();
  await page.getByRole('button', { name: 'Start live session' }).click();
  const link = page.getByRole('link', { name: 'Join link' });
  await expect(link).toBeVisible();
  return (await link.getAttribute('href')) ?? '';
}

export interface Device {
  context: BrowserContext;
  page: Page;
  /** Closes the device's sockets (a real drop) and refuses new ones while offline. */
  setOnline(online: boolean): Promise<void>;
  drops: number;
}

/** A phone's browser context: 375 × 667, touch, twice the pixels. */
export const PHONE: BrowserContextOptions = { viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const LAPTOP: BrowserContextOptions = { viewport: { width: 1024, height: 768 } };

export interface DeviceOptions {
  phone?: boolean;
  /** Collects every frame the server sends this device. */
  received?: Buffer[];
}

/** A participant's device in its own browser context: its sockets go through a route the test can cut. */
export async function openDevice(browser: Browser, options: DeviceOptions = {}): Promise<Device> {
  const context = await browser.newContext(options.phone ? PHONE : LAPTOP);
  let online = true;
  const open: { close: () => Promise<void> }[] = [];
  await context.routeWebSocket(/\/sync$/, (ws) => {
    if (!online) return void ws.close({ code: 4000, reason: 'offline' });
    const server = ws.connectToServer();
    // Everything the server sends this device, kept for a test that checks what never reached it.
    const received = options.received;
    if (received) {
      server.onMessage((message) => {
        received.push(typeof message === 'string' ? Buffer.from(message) : message);
        ws.send(message);
      });
    }
    open.push({ close: async () => Promise.all([ws.close({ code: 4000, reason: 'dropped' }), server.close({ code: 4000, reason: 'dropped' })]).then(() => undefined) });
  });
  const device: Device = {
    context,
    page: await context.newPage(),
    drops: 0,
    async setOnline(value) {
      online = value;
      if (!value) {
        const closing = open.splice(0);
        device.drops += closing.length;
        await Promise.all(closing.map((s) => s.close()));
      }
    },
  };
  return device;
}

export async function join(device: Device, joinUrl: string, name: string): Promise<void> {
  await device.page.goto(joinUrl);
  await device.page.getByRole('textbox', { name: 'Your name' }).fill(name);
  await device.page.getByRole('button', { name: 'Join' }).click();
  await expect(device.page.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible();
}

/** Adds a note from the participant's device. */
export async function addNote(page: Page, field: string, text: string): Promise<void> {
  const region = page.getByRole('region', { name: field });
  await region.getByRole('button', { name: 'Add note' }).click();
  await region.getByRole('textbox', { name: 'Note' }).fill(text);
  await region.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(region.getByText(text, { exact: true })).toBeVisible();
}

/** A note on the facilitator's canvas (React Flow draws notes beside the field regions, not inside them). */
export const canvasNote = (page: Page, text: string) => page.locator('.react-flow__node-note .note', { hasText: text });

const exactly = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

/** The text of a note on the facilitator's canvas, matched exactly ("note 1" is not "note 10"). */
export const canvasNoteText = (page: Page, text: string) => page.locator('.react-flow__node-note .note-text').filter({ hasText: exactly(text) });

/** Every record in one store of the facilitator's IndexedDB (the workshop's source of truth). */
export function storedRecords<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(async (store) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('partnerscape');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const records = await new Promise<T[]>((resolve, reject) => {
      const request = db.transaction(store).objectStore(store).getAll();
      request.onsuccess = () => resolve(request.result as T[]);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return records;
  }, store);
}

/** The notes a participant added, as stored in the facilitator's IndexedDB. */
export async function storedParticipantNotes(page: Page): Promise<{ text: string; author?: string; participant: string }[]> {
  const notes = await storedRecords<{ text: string; author?: string; live?: { participant: string } }>(page, 'notes');
  return notes.flatMap((n) => (n.live ? [{ text: n.text, author: n.author, participant: n.live.participant }] : []));
}

/** A note on a participant's phone. */
export const noteOnPhone = (page: Page, text: string) => page.getByRole('listitem').filter({ hasText: text });

/** A participant puts a dot on a note; their phone then shows the votes they have left. */
export async function vote(page: Page, text: string, left: string): Promise<void> {
  await noteOnPhone(page, text).getByRole('button', { name: 'Vote', exact: true }).click();
  await expect(page.getByText(left, { exact: true })).toBeVisible();
}

/**
 * Everything a device keeps in IndexedDB, every database and store (Yjs updates are binary: read as UTF-8,
 * where a note's text would show as it is), as one string to search.
 */
export function deviceStorage(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const decoder = new TextDecoder('utf-8', { fatal: false });
    const parts: string[] = [];
    const asText = (value: unknown): string => {
      if (value instanceof Uint8Array) return decoder.decode(value);
      if (value instanceof ArrayBuffer) return decoder.decode(new Uint8Array(value));
      if (Array.isArray(value)) return value.map(asText).join('\n');
      if (typeof value === 'object' && value !== null) return Object.values(value).map(asText).join('\n');
      return String(value);
    };
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(info.name!);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      for (const store of [...db.objectStoreNames]) {
        const values = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        parts.push(values.map(asText).join('\n'));
      }
      db.close();
    }
    return parts.join('\n');
  });
}

export const OFFLINE_TEXT = 'Offline — your notes are kept and will be sent';
