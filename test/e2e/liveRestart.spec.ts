import { chromium, expect, test, type Browser } from '@playwright/test';
import { addNote, canvasNoteText, CHROMIUM, join, LAN_ARGS, livePorts, OFFLINE_TEXT, openDevice, startApp, startSession, storedParticipantNotes, watchErrors } from './liveHarness';

let browser: Browser;

test.beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, args: LAN_ARGS });
});
test.afterAll(async () => browser.close());

test("the facilitator's app reloads, then the server restarts: participants reconnect by themselves, nothing lost, nothing twice", async ({ browserName: _ }, testInfo) => {
  test.setTimeout(120_000);
  const ports = livePorts(testInfo);
  let app = await startApp(ports);
  const problems: string[] = [];
  try {
    const facilitator = await (await browser.newContext()).newPage();
    watchErrors(facilitator, problems);
    const joinUrl = await startSession(facilitator, app.url);
    const ada = await openDevice(browser, { phone: true });
    const grace = await openDevice(browser);
    for (const device of [ada, grace]) watchErrors(device.page, problems);
    await join(ada, joinUrl, 'Ada');
    await join(grace, joinUrl, 'Grace');
    await addNote(ada.page, 'Value Offer', 'Before the reload');
    await expect(canvasNoteText(facilitator, 'Before the reload')).toHaveCount(1);

    // The facilitator's app reloads while a participant writes.
    const reloading = facilitator.reload();
    await addNote(grace.page, 'Desired Assets', 'During the reload');
    await reloading;
    await expect(facilitator.getByRole('button', { name: /^Live session: \d+ connected$/ })).toBeVisible();
    await addNote(ada.page, 'Created Value', 'After the reload');
    for (const text of ['Before the reload', 'During the reload', 'After the reload']) await expect(canvasNoteText(facilitator, text)).toHaveCount(1);

    // The server goes away (its process restarts): phones go offline and keep writing.
    await app.close();
    await expect(ada.page.getByRole('status').filter({ hasText: OFFLINE_TEXT })).toBeVisible();
    await addNote(ada.page, 'Transfer Activity', 'While the server was down');
    await addNote(grace.page, 'Value Offer', 'Also while it was down');
    app = await startApp(ports);
    for (const device of [ada, grace]) await expect(device.page.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible({ timeout: 20_000 });
    const all = ['Before the reload', 'During the reload', 'After the reload', 'While the server was down', 'Also while it was down'];
    for (const text of all) await expect(canvasNoteText(facilitator, text)).toHaveCount(1);
    await expect(ada.page.getByText('On the canvas')).toHaveCount(3);
    await expect(grace.page.getByText('On the canvas')).toHaveCount(2);

    // Still the same two people, with the same join link; one more note after the restart arrives too.
    await facilitator.getByRole('button', { name: /^Live session: 2 connected$/ }).click();
    const participants = facilitator.getByRole('region', { name: 'Participants' });
    await expect(participants.getByRole('listitem')).toHaveCount(2);
    await expect(facilitator.getByRole('link', { name: 'Join link' })).toHaveAttribute('href', joinUrl);
    await addNote(grace.page, 'Created Value', 'After the restart');
    await expect(canvasNoteText(facilitator, 'After the restart')).toHaveCount(1);
    expect((await storedParticipantNotes(facilitator)).map((n) => n.text).sort()).toEqual([...all, 'After the restart'].sort());
    expect(problems).toEqual([]);
  } finally {
    await Promise.all(browser.contexts().map((c) => c.close()));
    await app.close();
  }
});
