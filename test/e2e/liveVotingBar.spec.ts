import { expect, test } from './liveFixture';
import { canvasNote, noteOnPhone, storedRecords, vote } from './liveHarness';

const A = 'Distribution in DACH and Nordic manufacturing';
const B = 'R&D expertise in forecasting models';
const C = 'Customer relationships in retail';

test.use({ facilitatorOptions: { viewport: { width: 1440, height: 900 } } });

test("the facilitator's voting bar in a live session: the room's progress, not a laptop turn; sort waits for the reveal; results on canvas and phones", async ({ facilitator, participant }) => {
  test.setTimeout(120_000);
  const ada = await participant('Ada', { phone: true });
  const grace = await participant('Grace', { phone: true });

  await facilitator.getByRole('button', { name: 'Start voting' }).click();
  const bar = facilitator.getByRole('region', { name: 'Dot voting' });
  await bar.getByRole('spinbutton', { name: 'Votes per participant' }).fill('3');
  await expect(bar).toContainText('Voting on every device');
  await expect(bar.getByRole('status')).toHaveText('0 of 2 participants voted · 0 of 6 votes in');
  await expect(bar).toContainText('Counts hidden until you reveal them');
  await expect(bar).not.toContainText('Participant 1');
  await expect(bar.getByRole('button', { name: 'Next participant' })).toHaveCount(0);
  await expect(bar.getByRole('button', { name: 'Reset votes' })).toHaveCount(0);
  await expect(bar.getByRole('button', { name: 'Sort by votes' })).toBeDisabled();
  for (const device of [ada, grace]) await expect(device.page.getByText('3 votes left', { exact: true })).toBeVisible();

  // A click on a note at the facilitator's screen is not anyone's vote in a live round.
  await canvasNote(facilitator, A).click();
  await vote(ada.page, C, '2 votes left');
  await expect(bar.getByRole('status')).toHaveText('1 of 2 participants voted · 1 of 6 votes in');
  expect(await storedRecords(facilitator, 'votes')).toHaveLength(1);

  await vote(ada.page, C, '1 vote left');
  await vote(grace.page, C, '2 votes left');
  await vote(grace.page, B, '1 vote left');
  await expect(bar.getByRole('status')).toHaveText('2 of 2 participants voted · 4 of 6 votes in');
  // Still hidden everywhere: no count on the canvas or a phone, and the order is as it was.
  await expect(facilitator.locator('.react-flow__node-note .note-votes')).toHaveCount(0);
  for (const device of [ada, grace]) await expect(device.page.locator('.p-vote-count')).toHaveCount(0);
  const assetsOnPhone = grace.page.getByRole('region', { name: 'Desired Assets' }).getByRole('listitem');
  await expect(assetsOnPhone.first()).toContainText(A);

  // Reveal: the counts show on the canvas and the phones, and sorting is offered.
  await bar.getByRole('button', { name: 'Reveal votes' }).click();
  await expect(bar).toContainText('Counts shown on every device');
  await expect(canvasNote(facilitator, C).getByLabel('3 votes')).toBeVisible();
  await expect(canvasNote(facilitator, B).getByLabel('1 vote', { exact: true })).toBeVisible();
  for (const device of [ada, grace]) await expect(noteOnPhone(device.page, C).getByText('3 votes', { exact: true })).toBeVisible();
  await bar.getByRole('button', { name: 'Sort by votes' }).click();
  await expect(assetsOnPhone.first()).toContainText(C);
  await expect(assetsOnPhone.nth(1)).toContainText(B);

  // End voting: the results stay on the canvas and the phones; the live panel can sort again.
  await bar.getByRole('button', { name: 'End voting' }).click();
  await expect(bar).toHaveCount(0);
  const results = facilitator.getByRole('region', { name: 'Voting results' });
  await expect(results).toContainText('4 votes cast');
  await expect(results.getByRole('button', { name: 'Sort by votes' })).toBeEnabled();
  await expect(canvasNote(facilitator, C).getByLabel('3 votes')).toBeVisible();
  await expect(ada.page.getByText('Voting is over: each note shows its votes.')).toBeVisible();
  await expect(noteOnPhone(ada.page, C).getByText('3 votes', { exact: true })).toBeVisible();
});
