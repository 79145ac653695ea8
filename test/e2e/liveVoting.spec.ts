import { type Page } from '@playwright/test';
import { expect, test } from './liveFixture';
import { canvasNote, noteOnPhone, storedRecords, vote } from './liveHarness';

const SCREENS = process.env.SCREENS_DIR ?? 'out/screens';
const A = 'Distribution in DACH and Nordic manufacturing';
const B = 'R&D expertise in forecasting models';
const C = 'Customer relationships in retail';

test.use({ facilitatorOptions: { viewport: { width: 1440, height: 900 } } });

/** Vote records in the facilitator's IndexedDB: one per dot, per voter. */
const storedVotes = (page: Page) => storedRecords<{ voter: string; voterName?: string; noteId: string }>(page, 'votes');

test('a voting round from every device: budgets, one vote per note, counts hidden until revealed, totals equal the votes cast', async ({ facilitator, participant }) => {
  test.setTimeout(120_000);
  const ada = await participant('Ada', { phone: true });
  const grace = await participant('Grace');
  const linus = await participant('Linus');
  await expect(ada.page.getByRole('button', { name: 'Vote', exact: true })).toHaveCount(0);

  await facilitator.getByRole('button', { name: 'Start voting' }).click();
  await facilitator.getByRole('spinbutton', { name: 'Votes per participant' }).fill('2');
  await facilitator.getByRole('checkbox', { name: 'One vote per note' }).check();
  for (const device of [ada, grace, linus]) await expect(device.page.getByText('2 votes left', { exact: true })).toBeVisible();

  // Ada: two notes; a second dot on the same note is not offered in this round.
  await vote(ada.page, A, '1 vote left');
  await expect(noteOnPhone(ada.page, A).getByRole('button', { name: 'Vote', exact: true })).toBeDisabled();
  await vote(ada.page, B, '0 votes left');
  await expect(noteOnPhone(ada.page, C).getByRole('button', { name: 'Vote', exact: true })).toBeDisabled();
  await ada.page.screenshot({ path: `${SCREENS}/live-participant-voting-375x667.png` });
  // Grace votes A and C; Linus changes his mind once.
  await vote(grace.page, A, '1 vote left');
  await vote(grace.page, C, '0 votes left');
  await vote(linus.page, A, '1 vote left');
  await noteOnPhone(linus.page, A).getByRole('button', { name: 'Remove vote' }).click();
  await expect(linus.page.getByText('2 votes left', { exact: true })).toBeVisible();
  await vote(linus.page, C, '1 vote left');

  // Every dot is stored as a vote in its voter's name, and no one sees a count while the round is open.
  await expect.poll(async () => (await storedVotes(facilitator)).length, { timeout: 15_000 }).toBe(5);
  const names = (await storedVotes(facilitator)).map((v) => v.voterName).sort();
  expect(names).toEqual(['Ada', 'Ada', 'Grace', 'Grace', 'Linus']);
  const participants = facilitator.getByRole('region', { name: 'Participants' });
  await expect(participants.getByRole('listitem').filter({ hasText: 'Grace' })).toContainText('2 votes');
  await expect(participants.getByRole('listitem').filter({ hasText: 'Linus' })).toContainText('1 vote');
  for (const device of [ada, grace, linus]) await expect(device.page.locator('.p-vote-count')).toHaveCount(0);
  await expect(facilitator.locator('.react-flow__node-note .note-votes')).toHaveCount(0);
  await facilitator.screenshot({ path: `${SCREENS}/live-canvas-voting-1440x900.png` });

  // End voting: the counts appear on the facilitator's canvas; phones see them only once revealed.
  await facilitator.getByRole('button', { name: 'End voting' }).click();
  await expect(canvasNote(facilitator, A).getByLabel('2 votes')).toBeVisible();
  await expect(canvasNote(facilitator, B).getByLabel('1 vote', { exact: true })).toBeVisible();
  await expect(canvasNote(facilitator, C).getByLabel('2 votes')).toBeVisible();
  await expect(facilitator.getByRole('region', { name: 'Voting results' })).toContainText('5 votes cast');
  await expect(ada.page.getByRole('button', { name: 'Vote', exact: true })).toHaveCount(0);
  await expect(ada.page.locator('.p-vote-count')).toHaveCount(0);
  await facilitator.getByRole('region', { name: 'Voting results' }).getByRole('button', { name: 'Reveal votes' }).click();
  for (const device of [ada, grace, linus]) {
    await expect(noteOnPhone(device.page, A).getByText('2 votes', { exact: true })).toBeVisible();
    await expect(noteOnPhone(device.page, C).getByText('2 votes', { exact: true })).toBeVisible();
  }
  await ada.page.screenshot({ path: `${SCREENS}/live-participant-results-375x667.png` });
  await ada.page.emulateMedia({ colorScheme: 'dark' });
  await ada.page.screenshot({ path: `${SCREENS}/live-participant-results-375x667-dark.png` });
});
