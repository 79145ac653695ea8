import { expect, test } from './liveFixture';
import { addNote, canvasNoteText, OFFLINE_TEXT, storedParticipantNotes } from './liveHarness';

const FIELDS = ['Desired Assets', 'Value Offer', 'Transfer Activity', 'Created Value'];

test('a connection dropped and restored 20 times while adding notes: every note arrives once', async ({ facilitator, participant }) => {
  // 20 drops, each waited out: 1.2–1.4 min on a loaded 2-core machine, so room to spare.
  test.setTimeout(180_000);
  const ada = await participant('Ada', { phone: true });
  const status = ada.page.getByRole('status');
  const texts = Array.from({ length: 20 }, (_, i) => `Flaky wifi idea ${i + 1}`);
  for (const [i, text] of texts.entries()) {
    await addNote(ada.page, FIELDS[i % 4] ?? 'Value Offer', text);
    // Cut the socket (sometimes before the note went out), refuse reconnecting for a moment, then let it back.
    await ada.setOnline(false);
    await expect(status.filter({ hasText: OFFLINE_TEXT })).toBeVisible();
    await ada.setOnline(true);
    await expect(status.filter({ hasText: 'Connected' })).toBeVisible();
  }
  expect(ada.drops).toBeGreaterThanOrEqual(20);
  for (const text of texts) await expect(canvasNoteText(facilitator, text)).toHaveCount(1);
  await expect(ada.page.getByText('On the canvas')).toHaveCount(20);
  const stored = await storedParticipantNotes(facilitator);
  expect(stored.map((n) => n.text).sort()).toEqual([...texts].sort());
});

test('a participant offline adds notes, closes the page and comes back later: the notes arrive, once', async ({ facilitator, joinUrl, participant }) => {
  test.setTimeout(90_000);
  const grace = await participant('Grace');
  await addNote(grace.page, 'Value Offer', 'Before the wifi dropped');
  await expect(canvasNoteText(facilitator, 'Before the wifi dropped')).toHaveCount(1, { timeout: 30_000 });
  // The acknowledgement follows the canvas's save: wait for it, or it is still on its way when the wifi drops.
  await expect(grace.page.getByText('On the canvas')).toHaveCount(1);

  await grace.setOnline(false);
  await expect(grace.page.getByRole('status').filter({ hasText: OFFLINE_TEXT })).toBeVisible();
  const offline = ['Written on the train', 'Written in the corridor', 'Written at lunch'];
  for (const text of offline) await addNote(grace.page, 'Created Value', text);
  await expect(grace.page.getByText('Kept on this phone — will be sent')).toHaveCount(3);
  await grace.page.close();
  for (const text of offline) await expect(canvasNoteText(facilitator, text)).toHaveCount(0);

  // Later: the same device opens the join link again.
  await grace.setOnline(true);
  const back = await grace.context.newPage();
  await back.goto(joinUrl);
  await expect(back.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible();
  await expect(back.getByText('You are')).toContainText('Grace');
  // A reconnect, the sync of what the phone kept and the facilitator's save: on a busy machine more than the usual 7 s.
  const afterReconnect = { timeout: 30_000 };
  for (const text of [...offline, 'Before the wifi dropped']) await expect(canvasNoteText(facilitator, text)).toHaveCount(1, afterReconnect);
  await expect(back.getByText('On the canvas')).toHaveCount(4, afterReconnect);
  const participants = facilitator.getByRole('region', { name: 'Participants' });
  await expect(participants.getByText('Grace')).toHaveCount(1);
  expect((await storedParticipantNotes(facilitator)).map((n) => n.text).sort()).toEqual([...offline, 'Before the wifi dropped'].sort());
});
