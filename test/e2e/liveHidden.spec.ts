import { expect, test } from './liveFixture';
import { addNote, canvasNote, deviceStorage } from './liveHarness';

const SCREENS = process.env.SCREENS_DIR ?? 'out/screens';
const SECRET = 'A private idea QX7-Zebra';
const ADA_SECRET = 'Ada hidden thought KP4-Walrus';

test.use({ facilitatorOptions: { viewport: { width: 1440, height: 900 } } });

test("silent brainstorming: a hidden note's text reaches no other participant's page, Yjs documents, storage or socket until Reveal notes", async ({ facilitator, participant }) => {
  test.setTimeout(120_000);
  const linusFrames: Buffer[] = [];
  const ada = await participant('Ada', { phone: true });
  const grace = await participant('Grace');
  const linus = await participant('Linus', { received: linusFrames });
  await addNote(ada.page, 'Value Offer', 'Said out loud before the silence');
  await expect(linus.page.getByText('Said out loud before the silence')).toBeVisible();

  await facilitator.getByRole('button', { name: 'Hide notes' }).click();
  for (const device of [ada, grace, linus]) await expect(device.page.getByText('Silent brainstorming.')).toBeVisible();
  await addNote(grace.page, 'Desired Assets', SECRET);
  await addNote(ada.page, 'Desired Assets', ADA_SECRET);
  // Both are on the facilitator's canvas, under covers: the projector shows how many, never the text.
  for (const device of [grace, ada]) await expect(device.page.getByRole('region', { name: 'Desired Assets' }).getByText('On the canvas')).toBeVisible();
  await expect(facilitator.getByRole('region', { name: 'Desired Assets' })).toContainText('5 notes, hidden');
  expect(await facilitator.content()).not.toContain('QX7-Zebra');
  await facilitator.screenshot({ path: `${SCREENS}/live-canvas-hidden-1440x900.png` });
  await ada.page.screenshot({ path: `${SCREENS}/live-participant-hidden-375x667.png` });

  // Each author sees their own note; no one sees the other's: not in the page, not in storage, not on the wire.
  await expect(grace.page.getByText(SECRET)).toBeVisible();
  await expect(ada.page.getByText(ADA_SECRET)).toBeVisible();
  for (const [device, foreign] of [
    [linus, SECRET],
    [linus, ADA_SECRET],
    [ada, SECRET],
    [grace, ADA_SECRET],
  ] as const) {
    expect(await device.page.content()).not.toContain(foreign);
    expect(await deviceStorage(device.page)).not.toContain(foreign);
  }
  // The storage check can see a note: the author's own device holds it.
  expect(await deviceStorage(grace.page)).toContain(SECRET);
  expect(Buffer.concat(linusFrames).includes(SECRET)).toBe(false);
  expect(linusFrames.length).toBeGreaterThan(0);

  // Reveal notes: everyone gets everything at once, with their authors' names (a named session).
  await facilitator.getByRole('button', { name: 'Reveal notes' }).click();
  await expect(canvasNote(facilitator, SECRET)).toContainText('Grace');
  for (const device of [ada, grace, linus]) await expect(device.page.getByText('Silent brainstorming.')).toHaveCount(0);
  await expect(linus.page.getByText(SECRET)).toBeVisible();
  await expect(linus.page.getByText(ADA_SECRET)).toBeVisible();
  await expect(ada.page.getByText(SECRET)).toBeVisible();
  await expect.poll(() => deviceStorage(linus.page).then((s) => s.includes(SECRET))).toBe(true);
  expect(Buffer.concat(linusFrames).includes(SECRET)).toBe(true);

  // An anonymous session: the names leave the board.
  await facilitator.getByRole('checkbox', { name: 'Show participants’ names on their notes' }).uncheck();
  await expect(linus.page.getByRole('listitem').filter({ hasText: SECRET })).not.toContainText('Grace');
});
