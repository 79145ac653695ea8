import { expect, test as base, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from '@playwright/test';
import { CHROMIUM, join, LAN_ARGS, livePorts, openDevice, startApp, startSession, watchErrors, type Device, type DeviceOptions } from './liveHarness';

export { expect };

/** The web app with its live server on the test's own ports; a test may stop it and start it again (a server restart). */
export interface LiveApp {
  readonly url: string;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** The test's browser contexts: every page in them is watched for problems; all of them close after the test. */
export interface LiveBrowser {
  /** Page errors, dialogs and console errors seen so far (see watchErrors); the test fails unless it is empty. */
  readonly problems: string[];
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  /** A participant's device (not joined yet): a phone at 375 × 667 with `phone`, else a 1024 × 768 laptop. */
  openDevice(options?: DeviceOptions): Promise<Device>;
  /** Closes every context (idempotent); the problems are judged as they stood just before. */
  closeAll(): Promise<void>;
}

interface LiveFixtures {
  /** Blocks of loopback ports from LIVE_PORT_BASE, one per parallel worker. */
  ports: ReturnType<typeof livePorts>;
  live: LiveBrowser;
  app: LiveApp;
  /** Options of the facilitator's browser context, e.g. `test.use({ facilitatorOptions: { viewport } })`. */
  facilitatorOptions: BrowserContextOptions;
  facilitatorContext: BrowserContext;
  session: { page: Page; joinUrl: string };
  /** The facilitator's page: the example workshop's canvas with a live session started. */
  facilitator: Page;
  joinUrl: string;
  /** Opens a device and joins the session under `name`; resolves once the device shows Connected. */
  participant: (name: string, options?: DeviceOptions) => Promise<Device>;
}

/**
 * The live e2e tests' fixture: one Chromium per worker (lan.test resolves to 127.0.0.1), the app and its live
 * server on the test's loopback ports, the facilitator's session, participants' devices, the problems check at
 * the end and the clean-up (pages before the server), also when the test fails. Fixtures are set up only where
 * a test asks for them.
 */
export const test = base.extend<LiveFixtures, { liveChromium: Browser }>({
  liveChromium: [
    async ({ playwright }, use) => {
      const browser = await playwright.chromium.launch({ executablePath: CHROMIUM, args: LAN_ARGS });
      await use(browser);
      await browser.close();
    },
    { scope: 'worker', timeout: 60_000 },
  ],

  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
  ports: async ({}, use, testInfo) => use(livePorts(testInfo)),

  live: [
    async ({ liveChromium }, use) => {
      const problems: string[] = [];
      let judged: string[] | undefined;
      const watch = (context: BrowserContext) => {
        for (const page of context.pages()) watchErrors(page, problems);
        context.on('page', (page) => watchErrors(page, problems));
        return context;
      };
      const live: LiveBrowser = {
        problems,
        newContext: async (options) => watch(await liveChromium.newContext(options)),
        async openDevice(options) {
          const device = await openDevice(liveChromium, options);
          watch(device.context);
          return device;
        },
        async closeAll() {
          judged ??= [...problems];
          // One test at a time runs in a worker, so every context of the worker's browser is this test's.
          await Promise.all(liveChromium.contexts().map((c) => c.close()));
        },
      };
      await use(live);
      await live.closeAll();
      expect(judged, 'page errors, dialogs and console errors on the live pages').toEqual([]);
    },
    { timeout: 30_000 },
  ],

  app: [
    async ({ ports }, use) => {
      let running: Awaited<ReturnType<typeof startApp>> | undefined;
      const app: LiveApp = {
        url: `http://127.0.0.1:${ports.app}`,
        async start() {
          running ??= await startApp(ports);
        },
        async stop() {
          const stopping = running;
          running = undefined;
          await stopping?.close();
        },
      };
      await app.start();
      await use(app);
      await app.stop();
    },
    { timeout: 30_000 },
  ],

  facilitatorOptions: [{}, { option: true }],

  facilitatorContext: async ({ live, facilitatorOptions }, use) => use(await live.newContext(facilitatorOptions)),

  session: [
    async ({ facilitatorContext, app, live }, use) => {
      const page = await facilitatorContext.newPage();
      await use({ page, joinUrl: await startSession(page, app.url) });
      // The pages go before the server does, as they would in a room.
      await live.closeAll();
    },
    { timeout: 60_000 },
  ],

  facilitator: async ({ session }, use) => use(session.page),

  joinUrl: async ({ session }, use) => use(session.joinUrl),

  participant: async ({ live, joinUrl }, use) =>
    use(async (name, options) => {
      const device = await live.openDevice(options);
      await join(device, joinUrl, name);
      return device;
    }),
});
