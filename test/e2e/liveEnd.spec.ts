import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test } from './liveFixture';
import { addNote, canvasNoteText } from './liveHarness';

test.use({ facilitatorOptions: { acceptDownloads: true } });

test('ending the session tells participants, and everything they wrote is in the workshop file and the PDF', async ({ facilitator, participant }, testInfo) => {
  test.setTimeout(90_000);
  const ada = await participant('Ada', { phone: true });
  const linus = await participant('Linus');
  const texts = ['Shared pipeline reviews every quarter', 'Co-sell playbook for retail', 'Script test <script>alert(1)</script> & <img src=x onerror=alert(2)>'];
  await addNote(ada.page, 'Transfer Activity', texts[0]!);
  await addNote(linus.page, 'Created Value', texts[1]!);
  await addNote(ada.page, 'Value Offer', texts[2]!);
  for (const text of texts) await expect(canvasNoteText(facilitator, text)).toHaveCount(1);

  await facilitator.getByRole('button', { name: 'End live session' }).click();
  await expect(facilitator.getByText('Live session ended. 3 notes from participants are on the canvas.')).toBeVisible();
  await expect(facilitator.getByRole('button', { name: 'Start live session' })).toBeVisible();
  for (const device of [ada, linus]) await expect(device.page.getByText('The facilitator ended the live session')).toBeVisible();
  await expect(ada.page.getByRole('button', { name: 'Add note' }).first()).toBeDisabled();

  // The PDF of the canvas carries every participant note as text.
  await facilitator.getByRole('button', { name: 'Export PDF' }).first().click();
  const dialog = facilitator.getByRole('dialog', { name: 'Export PDF' });
  const pdfDownload = facilitator.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const pdf = testInfo.outputPath('live.pdf');
  await (await pdfDownload).saveAs(pdf);
  // Compared without white space: the PDF wraps long notes over lines.
  const bare = (text: string) => text.replace(/\s+/g, '');
  const pdfText = bare(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }));
  for (const text of texts) expect(pdfText).toContain(bare(text));
  // With their authors, as on the canvas.
  for (const author of ['Ada', 'Linus']) expect(pdfText).toContain(author);
  // "Show authors" off: the same notes, no names.
  await facilitator.getByRole('button', { name: 'Export PDF' }).first().click();
  await expect(dialog.getByRole('checkbox', { name: 'Show authors' })).toBeChecked();
  await dialog.getByRole('checkbox', { name: 'Show authors' }).uncheck();
  const anonymousDownload = facilitator.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const anonymous = testInfo.outputPath('live-anonymous.pdf');
  await (await anonymousDownload).saveAs(anonymous);
  const anonymousText = bare(execFileSync('pdftotext', [anonymous, '-'], { encoding: 'utf8' }));
  for (const text of texts) expect(anonymousText).toContain(bare(text));
  for (const author of ['Ada', 'Linus']) expect(anonymousText).not.toContain(author);

  // The .partnerscape file too, with the authors.
  await facilitator.getByRole('button', { name: 'All workshops' }).click();
  const fileDownload = facilitator.waitForEvent('download');
  await facilitator.getByRole('button', { name: 'Export Northwind ecosystem workshop' }).click();
  const file = testInfo.outputPath('live.partnerscape');
  await (await fileDownload).saveAs(file);
  const exported = JSON.parse(readFileSync(file, 'utf8')) as { notes: { text: string; author?: string }[] };
  for (const [text, author] of [
    [texts[0], 'Ada'],
    [texts[1], 'Linus'],
    [texts[2], 'Ada'],
  ]) {
    expect(exported.notes.filter((n) => n.text === text).map((n) => n.author)).toEqual([author]);
  }
});
