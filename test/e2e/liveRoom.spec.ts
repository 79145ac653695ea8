import { testClient } from '../unit/live/liveClients';
import { expect, test } from './liveFixture';
import { canvasNoteText } from './liveHarness';

const SCREENS = process.env.SCREENS_DIR ?? 'out/screens';

test.use({ facilitatorOptions: { viewport: { width: 1440, height: 900 } } });

test("the room's attention: Lock board refuses a note even from a script, keeps the phone's draft; Bring everyone here moves phones to the field", async ({ facilitator, participant, ports }) => {
  test.setTimeout(120_000);
  const ada = await participant('Ada', { phone: true });
  const field = ada.page.getByRole('region', { name: 'Value Offer' });

  // A draft is open when the board locks: it stays, and can't be sent.
  await field.getByRole('button', { name: 'Add note' }).click();
  await field.getByRole('textbox', { name: 'Note' }).fill('My draft during the discussion');
  await facilitator.getByRole('button', { name: 'Lock board' }).click();
  await expect(ada.page.getByRole('note').filter({ hasText: 'The board is locked' })).toBeVisible();
  await expect(field.getByRole('textbox', { name: 'Note' })).toHaveValue('My draft during the discussion');
  await expect(field.getByRole('button', { name: 'Add', exact: true })).toBeDisabled();
  await ada.page.screenshot({ path: `${SCREENS}/live-participant-locked-375x667.png` });

  // A script that writes the phone's own document, bypassing the UI, is refused at the facilitator's merge.
  const credentials = JSON.parse((await ada.page.evaluate(() => localStorage.getItem('partnerscape-live'))) ?? '{}') as { participantId: string; token: string };
  const script = testClient(`ws://127.0.0.1:${ports.live}/sync`, `http://lan.test:${ports.live}`, credentials.token);
  const outbox = script.open(`out.${credentials.participantId}`, { awareness: false });
  expect(await outbox.ready).toBe('synced');
  outbox.doc.getMap('notes').set('scripted-key-1', { field: 'valueOffer', text: 'Sent by a script while locked', rev: 1, at: new Date().toISOString() });
  await expect(field.getByText('Waiting: the board is locked')).toBeVisible();
  await expect(canvasNoteText(facilitator, 'Sent by a script while locked')).toHaveCount(0);
  script.close();

  // Unlocked: the scripted note goes in, and the draft can be sent.
  await facilitator.getByRole('button', { name: 'Unlock board' }).click();
  await expect(canvasNoteText(facilitator, 'Sent by a script while locked')).toHaveCount(1);
  await expect(ada.page.getByRole('note').filter({ hasText: 'The board is locked' })).toHaveCount(0);
  await field.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(canvasNoteText(facilitator, 'My draft during the discussion')).toHaveCount(1);

  // Bring everyone here: the facilitator is at Created Value; the phone scrolls there and highlights it.
  const target = ada.page.getByRole('region', { name: 'Created Value' });
  await expect(target).not.toBeInViewport();
  const createdValue = facilitator.getByRole('region', { name: 'Created Value' });
  const box = await createdValue.boundingBox();
  if (!box) throw new Error('Created Value is not on the facilitator canvas');
  await facilitator.mouse.click(box.x + box.width / 2, box.y + box.height - 30);
  await facilitator.getByRole('button', { name: 'Bring everyone here' }).click();
  await expect(target).toHaveClass(/is-focus/);
  await expect(target).toBeInViewport();
  await ada.page.screenshot({ path: `${SCREENS}/live-participant-focus-375x667.png` });

  // Ada renames herself: the facilitator's list follows, and she stays the same person.
  await ada.page.getByRole('button', { name: 'Rename' }).click();
  await ada.page.getByRole('textbox', { name: 'Your name' }).fill('Ada Lovelace');
  await ada.page.getByRole('button', { name: 'Save' }).click();
  await expect(ada.page.getByText('You are')).toContainText('Ada Lovelace');
  const participants = facilitator.getByRole('region', { name: 'Participants' });
  await expect(participants.getByText('Ada Lovelace')).toBeVisible();
  await expect(participants).toContainText('1 of 1 connected');
  await facilitator.screenshot({ path: `${SCREENS}/live-canvas-room-1440x900.png` });
});
