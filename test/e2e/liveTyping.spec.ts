import { type Locator, type Page } from '@playwright/test';
import * as decoding from 'lib0/decoding';
import { expect, test as liveTest } from './liveFixture';
import { canvasNote } from './liveHarness';

const DRAFT = 'Unsent draft WQ9-Heron';
const AWARENESS = 1;

/** The document name and message type at the head of a Hocuspocus frame. */
function head(frame: Buffer): { document: string; type: number } {
  const decoder = decoding.createDecoder(new Uint8Array(frame));
  return { document: decoding.readVarString(decoder), type: decoding.readVarUint(decoder) };
}

/** Every frame the facilitator's pages send over their live socket, from the first page on. */
function recordFramesSent(page: Page, frames: Buffer[]): void {
  page.on('websocket', (ws) => {
    if (!ws.url().endsWith('/sync')) return;
    ws.on('framesent', ({ payload }) => frames.push(typeof payload === 'string' ? Buffer.from(payload) : payload));
  });
}

/**
 * Keeps typing (a character in and out, the draft unchanged) until the facilitator's row shows `text`: the signal
 * lapses after 5 s without a keystroke, and a loaded machine may take longer than that to show it.
 */
async function typeUntilShown(textbox: Locator, row: Locator, text: string): Promise<void> {
  await expect
    .poll(
      async () => {
        await textbox.press('x');
        await textbox.press('Backspace');
        return (await row.textContent()) ?? '';
      },
      { timeout: 20_000 },
    )
    .toContain(text);
}

const test = liveTest.extend<{ facilitatorSent: Buffer[] }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
  facilitatorSent: async ({}, use) => use([]),
  facilitatorContext: async ({ facilitatorContext, facilitatorSent }, use) => {
    facilitatorContext.on('page', (page) => recordFramesSent(page, facilitatorSent));
    await use(facilitatorContext);
  },
});

test.use({ facilitatorOptions: { viewport: { width: 1440, height: 900 } } });

test("who is typing: the facilitator's list shows it; no other participant's device receives it; it clears on submit and cancel", async ({ facilitator, facilitatorSent, participant }) => {
  test.setTimeout(90_000);
  const graceFrames: Buffer[] = [];
  const ada = await participant('Ada', { phone: true });
  await participant('Grace', { phone: true, received: graceFrames });

  const participants = facilitator.getByRole('region', { name: /^Participants/ });
  const adaRow = participants.getByRole('listitem').filter({ hasText: 'Ada' });
  const graceRow = participants.getByRole('listitem').filter({ hasText: 'Grace' });
  await expect(adaRow).toContainText('Connected');
  await expect(graceRow).toContainText('Connected');

  // Ada types a draft: the facilitator's list says so, in words a screen reader reads too.
  const offer = ada.page.getByRole('region', { name: 'Value Offer' });
  await offer.getByRole('button', { name: 'Add note' }).click();
  await offer.getByRole('textbox', { name: 'Note' }).pressSequentially(DRAFT);
  await typeUntilShown(offer.getByRole('textbox', { name: 'Note' }), adaRow, 'Typing… a note in Value Offer');
  await expect(graceRow).toContainText('Connected');
  await expect(graceRow).not.toContainText('Typing');

  // The draft itself went nowhere; Grace's device got nothing of Ada's (not even that she types).
  expect(await facilitator.content()).not.toContain(DRAFT);
  expect(graceFrames.length).toBeGreaterThan(0);
  const all = Buffer.concat(graceFrames);
  expect(all.includes(DRAFT)).toBe(false);
  expect(all.includes('typing')).toBe(false);
  const graceDocuments = new Set(graceFrames.map((f) => head(f).document));
  const owners = new Set([...graceDocuments].flatMap((name) => /^(?:out|in)\.(.+)$/.exec(name)?.[1] ?? []));
  expect(owners.size).toBe(1);
  expect([...graceDocuments].every((name) => name === 'board' || /^(out|in)\./.test(name))).toBe(true);

  // Ada adds the note: no longer typing, and the note is on the canvas.
  await offer.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(canvasNote(facilitator, DRAFT)).toBeVisible();
  await expect(adaRow).toContainText('Connected');
  await expect(adaRow).not.toContainText('Typing');

  // Typing again and cancelling (Escape) clears it too.
  const assets = ada.page.getByRole('region', { name: 'Desired Assets' });
  await assets.getByRole('button', { name: 'Add note' }).click();
  await assets.getByRole('textbox', { name: 'Note' }).pressSequentially('second thought');
  await typeUntilShown(assets.getByRole('textbox', { name: 'Note' }), adaRow, 'Typing… a note in Desired Assets');
  await assets.getByRole('textbox', { name: 'Note' }).press('Escape');
  await expect(adaRow).not.toContainText('Typing');
  expect(Buffer.concat(graceFrames).includes('typing')).toBe(false);

  // The facilitator read presence on the outboxes and never sent any there (it only reads those documents).
  const presenceSent = facilitatorSent.map(head).filter((h) => h.type === AWARENESS && h.document.startsWith('out.'));
  expect(presenceSent).toEqual([]);
  expect(facilitatorSent.length).toBeGreaterThan(0);
});
