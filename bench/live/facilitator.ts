import type { Browser, BrowserContext, Locator, Page } from '@playwright/test';

/**
 * The facilitator's side of the live bench, in the page: when each participant note was painted on the canvas,
 * and how many times each one is there (on screen and in IndexedDB).
 */
export function installPaintWatch(page: Page, prefix: string): Promise<void> {
  return page.evaluate((prefix) => {
    const painted = new Map<string, number>();
    (window as unknown as { __painted: Map<string, number> }).__painted = painted;
    const pending = new Set<Element>();
    let scheduled = false;
    // A note counts as painted in the first frame (rAF, then a task) where its node is in the DOM and visible.
    const check = () => {
      scheduled = false;
      const now = Date.now();
      for (const el of pending) {
        const node = el.closest<HTMLElement>('.react-flow__node-note');
        if (node && node.style.visibility === 'hidden') continue;
        const text = el.textContent ?? '';
        if (node && text.startsWith(prefix) && !painted.has(text)) painted.set(text, now);
        pending.delete(el);
      }
      if (pending.size) schedule();
    };
    const schedule = () => {
      if (scheduled) return;
      scheduled = true;
      requestAnimationFrame(() => setTimeout(check, 0));
    };
    new MutationObserver((records) => {
      for (const record of records)
        for (const added of record.addedNodes) {
          if (!(added instanceof Element)) continue;
          if (added.matches('.note-text')) pending.add(added);
          added.querySelectorAll('.note-text').forEach((el) => pending.add(el));
        }
      if (pending.size) schedule();
    }).observe(document.body, { childList: true, subtree: true });
  }, prefix);
}

export function paintedTimes(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => Object.fromEntries((window as unknown as { __painted: Map<string, number> }).__painted));
}

/** How many times each text is on the canvas and among the stored notes of IndexedDB. */
export function noteCounts(page: Page, texts: string[]): Promise<{ canvas: number[]; stored: number[] }> {
  return page.evaluate(async (texts) => {
    const onCanvas = new Map<string, number>();
    document.querySelectorAll('.react-flow__node-note .note-text').forEach((el) => onCanvas.set(el.textContent ?? '', (onCanvas.get(el.textContent ?? '') ?? 0) + 1));
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('partnerscape');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const notes = await new Promise<{ text: string }[]>((resolve, reject) => {
      const request = db.transaction('notes').objectStore('notes').getAll();
      request.onsuccess = () => resolve(request.result as { text: string }[]);
      request.onerror = () => reject(request.error);
    });
    db.close();
    const stored = new Map<string, number>();
    for (const note of notes) stored.set(note.text, (stored.get(note.text) ?? 0) + 1);
    return { canvas: texts.map((t) => onCanvas.get(t) ?? 0), stored: texts.map((t) => stored.get(t) ?? 0) };
  }, texts);
}

/** The facilitator opens the example workshop's canvas and starts a live session; returns the join link. */
export async function startSession(page: Page, appUrl: string): Promise<string> {
  await page.goto(appUrl);
  await page.getByRole('button', { name: 'Open example workshop' }).click();
  await page.getByRole('heading', { name: 'Northwind ecosystem workshop' }).waitFor();
  await page.getByRole('button', { name: 'Start live session' }).click();
  const link = page.getByRole('link', { name: 'Join link' });
  await link.waitFor();
  return (await link.getAttribute('href')) ?? '';
}

/** Real participants: headless Chromium pages on a phone viewport, their sockets routed so a drop closes them. */
export async function chromiumParticipants(browser: Browser, count: number): Promise<Device[]> {
  const devices: Device[] = [];
  for (let i = 0; i < count; i++) {
    const context = await browser.newContext({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });
    let online = true;
    const open: (() => Promise<void>)[] = [];
    await context.routeWebSocket(/\/sync$/, (ws) => {
      if (!online) return void ws.close({ code: 4000, reason: 'offline' });
      const server = ws.connectToServer();
      open.push(async () => void (await Promise.all([ws.close({ code: 4000, reason: 'dropped' }), server.close({ code: 4000, reason: 'dropped' })])));
    });
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    devices.push({
      context,
      page,
      setOnline: async (value) => {
        online = value;
        if (!value) await Promise.all(open.splice(0).map((close) => close()));
      },
    });
  }
  return devices;
}

export interface Device {
  context: BrowserContext;
  page: Page;
  setOnline(online: boolean): Promise<void>;
}

export async function joinDevice(device: Device, joinUrl: string, name: string): Promise<void> {
  await device.page.goto(joinUrl);
  await device.page.getByRole('textbox', { name: 'Your name' }).fill(name);
  await device.page.getByRole('button', { name: 'Join' }).click();
  await connected(device.page).waitFor();
}

export const connected = (page: Page): Locator => page.getByRole('status').filter({ hasText: 'Connected' });

/** Adds a note on a participant's phone; returns the wall-clock ms of the tap on Add. */
export async function addOnDevice(page: Page, field: string, text: string): Promise<number> {
  const region = page.getByRole('region', { name: field });
  await region.getByRole('button', { name: 'Add note' }).click();
  await region.getByRole('textbox', { name: 'Note' }).fill(text);
  return region.getByRole('button', { name: 'Add', exact: true }).evaluate((button) => {
    const at = Date.now();
    (button as HTMLButtonElement).click();
    return at;
  });
}
