import type { Page } from '@playwright/test';

/*
 * Functions run inside the page. Each is self-contained (Playwright sends its source text), so it
 * may not use anything from this module's scope.
 */

export interface FlowRender {
  ms: number;
  nodes: number;
  visibleNodes: number;
  edges: number;
  zoom: number;
  /** Partners the map draws on its light layer (zoomed out past reading names) instead of as React Flow nodes. */
  lightNodes: number;
  /** The map's level of detail (`map-level-…`), or `dom` for the bare page. */
  lod: string;
}

export type FlowTrigger = { kind: 'link'; name: string } | { kind: 'mount'; count: number; seed: number };

/** Time from the trigger (a click on a link, or the baseline's mount call) to `minNodes` measured React Flow nodes, an edge, and two more frames. */
export function timeFlowRender(page: Page, trigger: FlowTrigger, minNodes: number): Promise<FlowRender> {
  return page.evaluate(
    ({ trigger, minNodes }) =>
      new Promise<FlowRender>((resolve, reject) => {
        const deadline = performance.now() + 90_000;
        const lightNodes = () => Number(document.querySelector('[data-light-nodes]')?.getAttribute('data-light-nodes') ?? 0);
        const ready = () => {
          const nodes = document.querySelectorAll<HTMLElement>('.react-flow__node');
          if (nodes.length + lightNodes() < minNodes || !document.querySelector('.react-flow__edge, .map-light-edge')) return false;
          for (const node of nodes) if (node.style.visibility === 'hidden') return false;
          return true;
        };
        const measure = (t0: number) => {
          const t1 = performance.now();
          const box = document.querySelector('.react-flow')?.getBoundingClientRect();
          const nodes = [...document.querySelectorAll('.react-flow__node')];
          const visibleNodes = box
            ? nodes.filter((n) => {
                const r = n.getBoundingClientRect();
                return r.right > box.left && r.left < box.right && r.bottom > box.top && r.top < box.bottom;
              }).length
            : 0;
          const transform = (document.querySelector('.react-flow__viewport') as HTMLElement | null)?.style.transform ?? '';
          const zoom = Number(/scale\(([\d.e-]+)\)/.exec(transform)?.[1] ?? Number.NaN);
          const lod = /map-level-(\w+)/.exec(document.querySelector('.react-flow')?.className ?? '')?.[1] ?? 'dom';
          resolve({ ms: t1 - t0, nodes: nodes.length, visibleNodes, edges: document.querySelectorAll('.react-flow__edge').length, zoom, lightNodes: lightNodes(), lod });
        };
        const poll = (t0: number) => {
          if (performance.now() > deadline) return reject(new Error(`fewer than ${minNodes} nodes rendered within 90 s`));
          if (ready()) requestAnimationFrame(() => requestAnimationFrame(() => measure(t0)));
          else requestAnimationFrame(() => poll(t0));
        };
        const t0 = performance.now();
        if (trigger.kind === 'mount') {
          const mount = (window as unknown as { benchMount?: (n: number, s: number) => void }).benchMount;
          if (!mount) return reject(new Error('the baseline page has no benchMount'));
          mount(trigger.count, trigger.seed);
        } else {
          const link = [...document.querySelectorAll('a')].find((a) => a.textContent?.trim() === trigger.name);
          if (!link) return reject(new Error(`no link named ${trigger.name}`));
          link.click();
        }
        poll(t0);
      }),
    { trigger, minNodes },
  );
}

/**
 * Points on the empty pane of the React Flow canvas (nothing on it to pick up), nearest its middle first; with
 * `avoid` (map positions of light-layer partners), also clear of those by 16 px. Exchanges the app draws in
 * one layer are picked by geometry, not by element: the caller checks those by hovering (see `panePoint`).
 */
export function findPanePoints(page: Page, avoid: { x: number; y: number }[] = [], count = 1): Promise<{ x: number; y: number }[]> {
  return page.evaluate(({ avoid, count }) => {
    const box = document.querySelector('.react-flow')?.getBoundingClientRect();
    if (!box) return [];
    const m = /translate\(([-\d.e]+)px, ([-\d.e]+)px\) scale\(([\d.e-]+)\)/.exec((document.querySelector('.react-flow__viewport') as HTMLElement | null)?.style.transform ?? '');
    const [tx, ty, zoom] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 1];
    const shapes = avoid.map((p) => ({ x: box.left + tx + p.x * zoom, y: box.top + ty + p.y * zoom }));
    const clear = (x: number, y: number) => shapes.every((p) => Math.hypot(p.x - x, p.y - y) > 8 + 24 * zoom);
    // Grid points nearest the middle first, hit-tested until `count` are free pane: without hundreds of hit tests
    // on a page of 3,000 DOM nodes.
    const candidates: { x: number; y: number; d: number }[] = [];
    for (let fx = 0.15; fx <= 0.85; fx += 0.025) {
      for (let fy = 0.2; fy <= 0.8; fy += 0.025) candidates.push({ x: box.left + box.width * fx, y: box.top + box.height * fy, d: Math.hypot(fx - 0.5, fy - 0.5) });
    }
    candidates.sort((a, b) => a.d - b.d);
    const points: { x: number; y: number }[] = [];
    for (const p of candidates) {
      if (points.length >= count) break;
      if (document.elementFromPoint(p.x, p.y)?.classList.contains('react-flow__pane') && clear(p.x, p.y)) points.push({ x: p.x, y: p.y });
    }
    return points;
  }, { avoid, count });
}

/** The first of `findPanePoints` where the pointer picks nothing (the app marks a pointer over an exchange with `map-exchange-hover`). */
export async function panePoint(page: Page, avoid: { x: number; y: number }[] = []): Promise<{ x: number; y: number } | null> {
  const picksNothing = async (point: { x: number; y: number }) => {
    await page.mouse.move(point.x, point.y);
    return !(await page.evaluate(() => document.querySelector('.react-flow')?.classList.contains('map-exchange-hover') ?? false));
  };
  const [first] = await findPanePoints(page, avoid);
  if (!first || (await picksNothing(first))) return first ?? null;
  for (const point of await findPanePoints(page, avoid, 60)) if (await picksNothing(point)) return point;
  return null;
}

/** The centre of the node matching `selector` closest to the middle of the canvas whose centre really hits it. */
export function findNodePoint(page: Page, selector: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate((selector) => {
    const box = document.querySelector('.react-flow')?.getBoundingClientRect();
    if (!box) return null;
    const cx = box.left + box.width / 2;
    const cy = box.top + box.height / 2;
    // Nearest the middle first, hit-tested one by one until one is on top (a hit test per node of a busy
    // canvas kept the page's main thread busy between the measured steps).
    const inView: { x: number; y: number; d: number }[] = [];
    for (const node of document.querySelectorAll(selector)) {
      const r = node.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      if (x < box.left + 40 || x > box.right - 200 || y < box.top + 40 || y > box.bottom - 80) continue;
      inView.push({ x, y, d: Math.hypot(x - cx, y - cy) });
    }
    inView.sort((a, b) => a.d - b.d);
    return inView.find((p) => document.elementFromPoint(p.x, p.y)?.closest(selector)) ?? null;
  }, selector);
}

/** Click on a field's `Add note` → a new `Note` textbox in the DOM → the next frame painted (rAF, then a task). */
export function timeAddNote(page: Page, fieldLabel: string): Promise<number> {
  return page.evaluate(
    (fieldLabel) =>
      new Promise<number>((resolve, reject) => {
        const region = document.querySelector(`section[aria-label="${fieldLabel}"]`);
        const button = [...(region?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.trim() === 'Add note');
        if (!button) return reject(new Error(`no Add note button in ${fieldLabel}`));
        const editors = () => document.querySelectorAll('textarea[aria-label="Note"]');
        const before = new Set(editors());
        const painted = () =>
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve(performance.now() - t0);
            channel.port2.postMessage(0);
          });
        const observer = new MutationObserver(() => {
          if (![...editors()].some((e) => !before.has(e))) return;
          observer.disconnect();
          painted();
        });
        observer.observe(document.body, { childList: true, subtree: true });
        setTimeout(() => {
          observer.disconnect();
          reject(new Error('no new Note textbox within 10 s'));
        }, 10_000);
        const t0 = performance.now();
        button.click();
      }),
    fieldLabel,
  );
}

/** Arms a watch on the save status: resolves with the time from the next Enter keydown to "All changes saved" after "Saving…". */
export function armSaveWatch(page: Page): Promise<void> {
  return page.evaluate(() => {
    const w = window as unknown as { benchSaved?: Promise<number> };
    const status = [...document.querySelectorAll('[role="status"]')].find((e) => /^(All changes saved|Saving…|Not saved)$/.test(e.textContent?.trim() ?? ''));
    if (!status) throw new Error('no save status on screen');
    let enterAt = Number.NaN;
    window.addEventListener('keydown', (e) => e.key === 'Enter' && Number.isNaN(enterAt) && (enterAt = performance.now()), { capture: true });
    let saving = false;
    w.benchSaved = new Promise<number>((resolve) => {
      const observer = new MutationObserver(() => {
        const text = status.textContent ?? '';
        if (text.includes('Saving')) saving = true;
        else if (saving && text.includes('All changes saved')) {
          observer.disconnect();
          resolve(performance.now() - enterAt);
        }
      });
      observer.observe(status, { childList: true, subtree: true, characterData: true });
    });
  });
}

export function savedAfterEnter(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { benchSaved: Promise<number> }).benchSaved);
}

/** Notes of a workshop stored in IndexedDB whose text starts with `prefix`, read straight from the database. */
export function storedNotesStartingWith(page: Page, workshopId: string, prefix: string): Promise<number> {
  return page.evaluate(
    ({ workshopId, prefix }) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('partnerscape');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('notes').objectStore('notes').index('workshopId').getAll(workshopId);
          request.onsuccess = () => {
            db.close();
            resolve((request.result as { text: string }[]).filter((n) => n.text.startsWith(prefix)).length);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    { workshopId, prefix },
  );
}

/** Click a workshop's link on the home screen → its first section on screen (React Flow nodes measured, if any) + two frames. */
export function timeOpenWorkshop(page: Page, title: string): Promise<number> {
  return page.evaluate(
    (title) =>
      new Promise<number>((resolve, reject) => {
        const link = [...document.querySelectorAll('a')].find((a) => a.textContent?.trim() === title);
        if (!link) return reject(new Error(`no link named ${title}`));
        const deadline = performance.now() + 90_000;
        const ready = () => {
          const heading = [...document.querySelectorAll('h1')].some((h) => h.textContent?.trim() === title);
          const body = document.querySelector('#main');
          if (!heading || !body || body.childElementCount === 0) return false;
          if (!body.querySelector('.react-flow')) return true;
          const nodes = body.querySelectorAll<HTMLElement>('.react-flow__node');
          return nodes.length > 0 && [...nodes].every((n) => n.style.visibility !== 'hidden');
        };
        const poll = () => {
          if (performance.now() > deadline) return reject(new Error('the workshop did not open within 90 s'));
          if (ready()) requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - t0)));
          else requestAnimationFrame(poll);
        };
        const t0 = performance.now();
        link.click();
        poll();
      }),
    title,
  );
}

/**
 * On the map's light layer partners are shapes, not elements: the screen point of the one nearest the
 * canvas centre, from its map position (the same pure layout the app draws) and React Flow's viewport.
 * Only a point where the pane itself is hit counts (not a control, not a full node).
 */
export function findLightPoint(page: Page, positions: { x: number; y: number }[]): Promise<{ x: number; y: number } | null> {
  return page.evaluate((positions) => {
    const flow = document.querySelector('.react-flow');
    const viewport = document.querySelector('.react-flow__viewport') as HTMLElement | null;
    const m = /translate\(([-\d.e]+)px, ([-\d.e]+)px\) scale\(([\d.e-]+)\)/.exec(viewport?.style.transform ?? '');
    if (!flow || !m) return null;
    const box = flow.getBoundingClientRect();
    const [tx, ty, zoom] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const cx = box.left + box.width / 2;
    const cy = box.top + box.height / 2;
    const inView: { x: number; y: number; d: number }[] = [];
    for (const p of positions) {
      const x = box.left + tx + p.x * zoom;
      const y = box.top + ty + p.y * zoom;
      if (x < box.left + 40 || x > box.right - 200 || y < box.top + 40 || y > box.bottom - 80) continue;
      inView.push({ x, y, d: Math.hypot(x - cx, y - cy) });
    }
    inView.sort((a, b) => a.d - b.d);
    return inView.find((p) => document.elementFromPoint(p.x, p.y)?.classList.contains('react-flow__pane')) ?? null;
  }, positions);
}

/** Time of a bare IndexedDB put of `record` (read from the app's own store) until its transaction completes. */
export function timeBarePut(page: Page, store: string, key: string): Promise<number> {
  return page.evaluate(
    ({ store, key }) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('partnerscape');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const read = db.transaction(store).objectStore(store).get(key);
          read.onerror = () => reject(read.error);
          read.onsuccess = () => {
            const record = read.result as unknown;
            if (!record) return reject(new Error(`no ${store} record ${key}`));
            const t0 = performance.now();
            const tx = db.transaction(store, 'readwrite');
            tx.objectStore(store).put(record);
            tx.oncomplete = () => {
              const ms = performance.now() - t0;
              db.close();
              resolve(ms);
            };
            tx.onerror = () => reject(tx.error);
          };
        };
      }),
    { store, key },
  );
}

/** The id of the newest note in a workshop whose text starts with `prefix`, read from IndexedDB. */
export function storedNoteId(page: Page, workshopId: string, prefix: string): Promise<string | null> {
  return page.evaluate(
    ({ workshopId, prefix }) =>
      new Promise<string | null>((resolve, reject) => {
        const open = indexedDB.open('partnerscape');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('notes').objectStore('notes').index('workshopId').getAll(workshopId);
          request.onsuccess = () => {
            db.close();
            const hit = (request.result as { id: string; text: string }[]).find((n) => n.text.startsWith(prefix));
            resolve(hit?.id ?? null);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    { workshopId, prefix },
  );
}
