import { resolve } from 'node:path';
import { LiveServer } from '../../electron/live/server';
import { publishBoard } from '../../src/live/board';
import { readAcks, writeAcks } from '../../src/live/inbox';
import { BOARD_DOC, inboxName, outboxName } from '../../src/live/names';
import { testClient } from '../unit/live/liveClients';
import { expect, test } from './liveFixture';
import { LAN_NAME, PHONE, until } from './liveHarness';

const FACILITATOR_ORIGIN = 'app://partnerscape';
const SCREENS = process.env.SCREENS_DIR ?? 'out/screens';
let server: LiveServer;

test.afterEach(async () => server?.stop());

test('a participant joins on a phone over plain http on a LAN name and their note reaches the facilitator', async ({ live, ports }) => {
  server = new LiveServer({ port: ports.live, host: '127.0.0.1', name: LAN_NAME, addresses: ['127.0.0.1'], facilitatorOrigins: [FACILITATOR_ORIGIN], participantDir: resolve('out/participant') });
  const started = await server.start({ sessionId: 'session-participant-e2e', code: 'KPX347', secret: 'a-session-secret-for-e2e-tests', participants: [] });
  expect(started.joinUrl).toBe(`http://${LAN_NAME}:${ports.live}/?code=KPX347`);

  // The facilitator's side, as a plain Yjs client over loopback.
  const facilitator = testClient(started.facilitatorUrl, FACILITATOR_ORIGIN, started.facilitatorToken);
  const board = facilitator.open(BOARD_DOC);
  await board.ready;
  publishBoard(board.doc, { status: 'open', title: 'Northwind × Helix', named: true }, new Map([['n1', { field: 'valueOffer', text: 'Roadmap access', color: 'blue', order: 0, author: 'Facilitator' }]]));

  const context = await live.newContext(PHONE);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => (m.type() === 'error' ? errors.push(m.text()) : undefined));
  await page.goto(started.joinUrl);
  expect(await page.evaluate(() => ({ secure: window.isSecureContext, uuid: typeof crypto.randomUUID, subtle: typeof crypto.subtle }))).toEqual({ secure: false, uuid: 'undefined', subtle: 'undefined' });

  await page.getByRole('textbox', { name: 'Your name' }).fill('Ada');
  await page.screenshot({ path: `${SCREENS}/participant-join-375x667.png` });
  await page.getByRole('button', { name: 'Join' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Northwind × Helix' })).toBeVisible();
  const valueOffer = page.getByRole('region', { name: 'Value Offer' });
  await expect(valueOffer.getByText('Roadmap access')).toBeVisible();

  await valueOffer.getByRole('button', { name: 'Add note' }).click();
  await valueOffer.getByRole('textbox', { name: 'Note' }).fill('Co-marketing <img src=x onerror=alert(1)>');
  await valueOffer.getByRole('button', { name: 'Add' }).click();
  await expect(valueOffer.getByText('Sending…')).toBeVisible();

  const participantId = await page.evaluate(() => JSON.parse(localStorage.getItem('partnerscape-live') ?? '{}').participantId as string);
  const outbox = facilitator.open(outboxName(participantId));
  const inbox = facilitator.open(inboxName(participantId));
  await Promise.all([outbox.ready, inbox.ready]);
  await until(() => outbox.doc.getMap('notes').size === 1, 'the note in the outbox');
  const [key, value] = [...outbox.doc.getMap('notes').entries()][0] as [string, { text: string; field: string }];
  expect(value).toMatchObject({ field: 'valueOffer', text: 'Co-marketing <img src=x onerror=alert(1)>' });
  expect(outbox.doc.getMap('profile').get('name')).toBe('Ada');
  writeAcks(inbox.doc, new Map([[key, { status: 'on-canvas', rev: 1, noteId: 'canvas-note-1' }]]));
  await expect(valueOffer.getByText('On the canvas')).toBeVisible();
  await expect(valueOffer.getByText('Co-marketing <img src=x onerror=alert(1)>')).toBeVisible();
  expect(await page.locator('img').count()).toBe(0);
  expect(readAcks(inbox.doc).size).toBe(1);
  await page.screenshot({ path: `${SCREENS}/participant-board-375x667.png` });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.waitForTimeout(300); // let the buttons' colour transition finish before the screenshot
  await page.screenshot({ path: `${SCREENS}/participant-board-375x667-dark.png` });

  facilitator.close();
  await context.close();
  expect(errors).toEqual([]);
});
