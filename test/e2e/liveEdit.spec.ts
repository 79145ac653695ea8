import { expect, test } from './liveFixture';
import { addNote, canvasNote, canvasNoteText, OFFLINE_TEXT } from './liveHarness';

const SCREENS = process.env.SCREENS_DIR ?? 'out/screens';

test.use({ facilitatorOptions: { viewport: { width: 1280, height: 800 } } });

test("a participant edits and deletes their own notes; the facilitator's colour stays, a note the facilitator deletes is marked on the phone", async ({ facilitator, participant }) => {
  test.setTimeout(90_000);
  const ada = await participant('Ada', { phone: true });
  const valueOffer = ada.page.getByRole('region', { name: 'Value Offer' });
  const createdValue = ada.page.getByRole('region', { name: 'Created Value' });
  await addNote(ada.page, 'Value Offer', 'Draft idea');
  await addNote(ada.page, 'Value Offer', 'Second thought');
  await addNote(ada.page, 'Created Value', 'Drop me');
  for (const text of ['Draft idea', 'Second thought', 'Drop me']) await expect(canvasNoteText(facilitator, text)).toHaveCount(1);
  await expect(ada.page.getByText('On the canvas')).toHaveCount(3);
  // The panel beside the board on a 1280 × 800 laptop, light and dark.
  await facilitator.screenshot({ path: `${SCREENS}/live-panel-1280x800.png` });
  await facilitator.emulateMedia({ colorScheme: 'dark' });
  await facilitator.waitForTimeout(300); // let colour transitions finish before the screenshot
  await facilitator.screenshot({ path: `${SCREENS}/live-panel-1280x800-dark.png` });
  await facilitator.emulateMedia({ colorScheme: 'light' });

  // The facilitator recolours Ada's note; her later edit changes its text only.
  await canvasNoteText(facilitator, 'Draft idea').click();
  await facilitator.getByRole('group', { name: 'Colour of selected notes' }).getByRole('button', { name: 'Blue' }).click();
  await expect(canvasNote(facilitator, 'Draft idea')).toHaveClass(/note-blue/);
  await valueOffer.getByRole('button', { name: 'Edit your note: Draft idea' }).click();
  await valueOffer.getByRole('textbox', { name: 'Note' }).fill('Draft idea, sharpened');
  await valueOffer.getByRole('button', { name: 'Save' }).click();
  await expect(canvasNoteText(facilitator, 'Draft idea, sharpened')).toHaveCount(1);
  await expect(canvasNoteText(facilitator, 'Draft idea')).toHaveCount(0);
  await expect(canvasNote(facilitator, 'Draft idea, sharpened')).toHaveClass(/note-blue/);
  await expect(canvasNote(facilitator, 'Draft idea, sharpened')).toHaveAttribute('data-field', 'valueOffer');
  await expect(valueOffer.getByText('Draft idea, sharpened', { exact: true })).toHaveCount(1);

  // Ada deletes her own note: it leaves the canvas.
  await valueOffer.getByRole('button', { name: 'Edit your note: Second thought' }).click();
  await valueOffer.getByRole('button', { name: 'Delete' }).click();
  await expect(canvasNoteText(facilitator, 'Second thought')).toHaveCount(0);
  await expect(valueOffer.getByText('Second thought')).toHaveCount(0);

  // The facilitator deletes one of hers: her phone says so, and the note does not come back.
  await canvasNoteText(facilitator, 'Drop me').click();
  await facilitator.getByRole('toolbar', { name: 'Selected notes' }).getByRole('button', { name: 'Delete' }).click();
  await expect(canvasNoteText(facilitator, 'Drop me')).toHaveCount(0);
  await expect(createdValue.getByText('Removed by the facilitator')).toBeVisible();

  // Her device drops off the wifi: the facilitator's list says so, and back.
  const adaRow = facilitator.getByRole('region', { name: 'Participants' }).getByRole('listitem').filter({ hasText: 'Ada' });
  await expect(adaRow).toContainText('Connected');
  await ada.setOnline(false);
  await expect(ada.page.getByRole('status').filter({ hasText: OFFLINE_TEXT })).toBeVisible();
  await expect(adaRow).toContainText('Offline');
  await ada.setOnline(true);
  await expect(adaRow).toContainText('Connected');
  await expect(canvasNoteText(facilitator, 'Drop me')).toHaveCount(0);
  await expect(canvasNoteText(facilitator, 'Draft idea, sharpened')).toHaveCount(1);
});
