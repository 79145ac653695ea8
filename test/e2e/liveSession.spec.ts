import { testClient } from '../unit/live/liveClients';
import { expect, test } from './liveFixture';
import { addNote, canvasNote } from './liveHarness';

const SCREENS = process.env.SCREENS_DIR ?? 'out/screens';

test.use({ facilitatorOptions: { viewport: { width: 1920, height: 1080 } } });

test('participants on three devices join and their notes appear on the facilitator canvas, once, with their names', async ({ facilitator, facilitatorContext, joinUrl, live, participant, ports, app }) => {
  test.setTimeout(90_000);
  const code = new URL(joinUrl).searchParams.get('code') ?? '';
  expect(joinUrl).toBe(`http://lan.test:${ports.live}/?code=${code}`);
  await expect(facilitator.getByLabel('Join code')).toHaveText(code);
  await expect(facilitator.getByRole('img', { name: 'Join QR code' })).toBeVisible();
  await expect(facilitator.getByRole('region', { name: 'Participants' })).toContainText('No one has joined yet');
  await facilitator.screenshot({ path: `${SCREENS}/live-panel-1920x1080.png` });
  // The widest code there can be (W is the widest letter) still fits beside the QR code.
  const codeInsidePanel = await facilitator.getByLabel('Join code').evaluate((code) => {
    const halves = [...code.children];
    const shown = halves.map((half) => half.textContent);
    for (const half of halves) half.textContent = 'WWW';
    const text = document.createRange();
    text.selectNodeContents(code);
    const panel = code.closest('.live-panel')?.getBoundingClientRect();
    const fits = panel !== undefined && text.getBoundingClientRect().right <= panel.right - 8;
    halves.forEach((half, i) => (half.textContent = shown[i] ?? ''));
    return fits;
  });
  expect(codeInsidePanel).toBe(true);

  // A wrong code is refused, with a clear message; the right one gets in.
  const ada = await live.openDevice({ phone: true });
  await ada.page.goto(joinUrl.replace(code, 'XXXXXX'));
  await ada.page.getByRole('textbox', { name: 'Your name' }).fill('Ada');
  await ada.page.getByRole('button', { name: 'Join' }).click();
  await expect(ada.page.getByRole('alert')).toContainText('join code is not right');
  await ada.page.getByRole('textbox', { name: 'Join code' }).fill(code.toLowerCase());
  await ada.page.getByRole('button', { name: 'Join' }).click();
  await expect(ada.page.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible();
  expect(await ada.page.evaluate(() => [window.isSecureContext, typeof crypto.randomUUID])).toEqual([false, 'undefined']);

  const grace = await participant('Grace');
  const linus = await participant('Linus');
  const participants = facilitator.getByRole('region', { name: 'Participants' });
  for (const name of ['Ada', 'Grace', 'Linus']) await expect(participants.getByText(name)).toBeVisible();
  await expect(participants).toContainText('3 of 3 connected');

  await addNote(ada.page, 'Value Offer', 'Joint webinars for their resellers');
  await addNote(ada.page, 'Created Value', 'A <img src=x onerror=alert(1)> test');
  await addNote(grace.page, 'Desired Assets', 'Access to their retail buyers');
  await addNote(linus.page, 'Transfer Activity', 'Monthly integration sync');

  const expected: [string, string, string][] = [
    ['Joint webinars for their resellers', 'Ada', 'valueOffer'],
    ['A <img src=x onerror=alert(1)> test', 'Ada', 'createdValue'],
    ['Access to their retail buyers', 'Grace', 'desiredAssets'],
    ['Monthly integration sync', 'Linus', 'transferActivity'],
  ];
  for (const [text, author, field] of expected) {
    await expect(canvasNote(facilitator, text)).toHaveCount(1);
    await expect(canvasNote(facilitator, text)).toContainText(author);
    await expect(canvasNote(facilitator, text)).toHaveAttribute('data-field', field);
  }
  expect(await facilitator.locator('.react-flow img').count()).toBe(0);

  // Participants' notes are not the facilitator's undo steps: Undo takes back the facilitator's own note only.
  await expect(facilitator.getByRole('button', { name: 'Undo' })).toBeDisabled();
  await facilitator.getByRole('region', { name: 'Value Offer' }).getByRole('button', { name: 'Add note' }).click();
  await facilitator.getByRole('textbox', { name: 'Note' }).fill('Facilitator wrote this');
  await facilitator.keyboard.press('Enter');
  await expect(canvasNote(facilitator, 'Facilitator wrote this')).toHaveCount(1);
  await facilitator.getByRole('button', { name: 'Undo' }).click();
  await expect(canvasNote(facilitator, 'Facilitator wrote this')).toHaveCount(0);
  await expect(canvasNote(facilitator, 'Joint webinars for their resellers')).toHaveCount(1);
  await expect(facilitator.getByRole('button', { name: 'Undo' })).toBeDisabled();
  await expect(ada.page.getByRole('region', { name: 'Value Offer' }).getByText('On the canvas')).toBeVisible();

  // Everyone sees the board: Ada's phone shows Grace's note, with her name.
  await expect(ada.page.getByRole('region', { name: 'Desired Assets' }).getByText('Access to their retail buyers')).toBeVisible();
  await expect(ada.page.getByRole('region', { name: 'Desired Assets' }).getByText('Grace')).toBeVisible();
  await ada.page.screenshot({ path: `${SCREENS}/live-participant-375x667.png` });
  await grace.page.screenshot({ path: `${SCREENS}/live-participant-laptop-1024x768.png` });
  await facilitator.screenshot({ path: `${SCREENS}/live-canvas-1920x1080.png` });
  await facilitator.emulateMedia({ colorScheme: 'dark' });
  await facilitator.waitForTimeout(300); // let colour transitions finish before the screenshot
  await facilitator.screenshot({ path: `${SCREENS}/live-canvas-1920x1080-dark.png` });
  await facilitator.emulateMedia({ colorScheme: 'light' });

  // A note over the limit is shortened, marked on the canvas, and its author is told.
  const long = `Long idea ${'x'.repeat(2100)}`;
  await addNote(linus.page, 'Value Offer', long);
  await expect(canvasNote(facilitator, 'Long idea').getByText('Shortened')).toBeVisible();
  await expect(linus.page.getByText('On the canvas, shortened to 2,000 characters')).toBeVisible();

  // A second window of the app shows the session but leaves the merging to the window that runs it.
  const second = await facilitatorContext.newPage();
  await second.goto(facilitator.url());
  await expect(second.getByRole('button', { name: 'Live session (in another window)' })).toBeVisible();
  await addNote(grace.page, 'Created Value', 'Seen in both windows');
  for (const page of [facilitator, second]) await expect(canvasNote(page, 'Seen in both windows')).toHaveCount(1);
  await second.close();

  // A page on the laptop that forges the facilitator token gets nothing.
  const forged = testClient(`ws://127.0.0.1:${ports.live}/sync`, app.url, 'not-the-facilitator-token');
  expect(await forged.open('board').ready).toBe('denied');
  forged.close();

  // The projector view of the join panel.
  await facilitator.getByRole('button', { name: 'Full screen' }).click();
  await expect(facilitator.getByRole('button', { name: 'Exit full screen' })).toBeVisible();
  await facilitator.screenshot({ path: `${SCREENS}/live-join-fullscreen-1920x1080.png` });
});
