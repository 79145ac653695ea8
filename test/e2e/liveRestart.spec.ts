import { expect, test } from './liveFixture';
import { addNote, canvasNoteText, OFFLINE_TEXT, storedParticipantNotes } from './liveHarness';

test("the facilitator's app reloads, then the server restarts: participants reconnect by themselves, nothing lost, nothing twice", async ({ app, facilitator, joinUrl, participant }) => {
  test.setTimeout(120_000);
  const ada = await participant('Ada', { phone: true });
  const grace = await participant('Grace');
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
  await app.stop();
  await expect(ada.page.getByRole('status').filter({ hasText: OFFLINE_TEXT })).toBeVisible();
  await addNote(ada.page, 'Transfer Activity', 'While the server was down');
  await addNote(grace.page, 'Value Offer', 'Also while it was down');
  await app.start();
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
});
