import { type Locator, type Page } from '@playwright/test';
import { expect, test } from './liveFixture';
import { addNote } from './liveHarness';

/** Screens of a live session to look at (gitignored); the test checks the layout they show. */
const SHOTS = 'test-results/live-screens';
const MINE = 'Co-marketing budget for the launch';
const HERS = 'Grace keeps this one to herself';

test.use({ facilitatorOptions: { viewport: { width: 1280, height: 720 } } });

/** Nothing on the phone reaches past its 375 px width, and the page never scrolls sideways. */
async function expectFitsPhone(page: Page): Promise<void> {
  const layout = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const outside = [...document.querySelectorAll('button, input, textarea, [role="timer"], [role="note"], [role="status"], .p-voting, .p-note, .p-field, h1, h2')]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && (box.left < -0.5 || box.right > width + 0.5);
      })
      .map((el) => el.outerHTML.slice(0, 90));
    return { width, scrollWidth: document.documentElement.scrollWidth, outside };
  });
  expect(layout.outside).toEqual([]);
  expect(layout.scrollWidth).toBeLessThanOrEqual(layout.width);
}

/** The sticky header leaves most of the phone's screen to the notes, whatever it shows at once. */
async function expectHeaderLeavesRoom(page: Page): Promise<void> {
  const header = await page.locator('.p-top').boundingBox();
  expect(header?.height ?? 0).toBeLessThanOrEqual(667 * 0.5);
}

/** The contrast of an element's text on the background it sits on (WCAG 2 formula), as the page computes its colours. */
function contrastOf(locator: Locator): Promise<number> {
  return locator.evaluate((el) => {
    const channels = (color: string) => (color.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = (color: string) => {
      const [r = 0, g = 0, b = 0] = channels(color)
        .slice(0, 3)
        .map((v) => v / 255)
        .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    let behind: Element | null = el;
    while (behind && (channels(getComputedStyle(behind).backgroundColor)[3] ?? 1) === 0) behind = behind.parentElement;
    const background = behind ? getComputedStyle(behind).backgroundColor : 'rgb(255, 255, 255)';
    const [a, b] = [luminance(getComputedStyle(el).color), luminance(background)].sort((x, y) => y - x);
    return (a! + 0.05) / (b! + 0.05);
  });
}

/** Primary actions are filled with the accent, and they and the notes' text read at AA contrast, in light and in dark. */
async function expectReadable(page: Page): Promise<void> {
  for (const action of await page.locator('.p-add, .p-vote-btn:not(.btn-ghost)').all()) {
    await expect(action).toHaveClass(/btn-primary/);
    await expect.poll(() => contrastOf(action)).toBeGreaterThanOrEqual(4.5);
  }
  for (const text of await page.locator('.p-note-text, .p-note-state, .p-vote-btn.btn-ghost').all()) {
    await expect.poll(() => contrastOf(text)).toBeGreaterThanOrEqual(4.5);
  }
}

/** The phone in light and in dark, after checking its layout. */
async function shootPhone(page: Page, name: string): Promise<void> {
  await expectFitsPhone(page);
  await expectHeaderLeavesRoom(page);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expectReadable(page);
    await page.screenshot({ path: `${SHOTS}/phone-${name}-375x667-${colorScheme}.png`, animations: 'disabled' });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** Everything that must be readable on the phone is on screen, not under the sticky header or below. */
async function expectOnScreen(...locators: Locator[]): Promise<void> {
  for (const locator of locators) await expect(locator).toBeInViewport();
}

test('live session screens: the phone at 375×667 and the facilitator at 1280×720 and 1920×1080, light and dark, laid out without overflow', async ({ facilitator, participant }) => {
  test.setTimeout(150_000);
  const ada = await participant('Ada', { phone: true });
  const grace = await participant('Grace', { phone: true });
  const phone = ada.page;

  // Silent brainstorming: her own note shows (in the colour the facilitator gives it once revealed), Grace's doesn't.
  await facilitator.getByRole('button', { name: 'Hide notes' }).click();
  await expect(phone.getByText('Silent brainstorming.')).toBeVisible();
  await addNote(phone, 'Desired Assets', MINE);
  await addNote(grace.page, 'Desired Assets', HERS);
  await expect(phone.getByRole('region', { name: 'Desired Assets' }).getByText('On the canvas')).toBeVisible();
  await expect(phone.getByText(HERS)).toHaveCount(0);
  await phone.getByRole('region', { name: 'Desired Assets' }).getByText(MINE).scrollIntoViewIfNeeded();
  await shootPhone(phone, 'silent');

  // Ada types: the facilitator's list says so. The window at both sizes, light and dark.
  const offer = phone.getByRole('region', { name: 'Value Offer' });
  await offer.getByRole('button', { name: 'Add note' }).click();
  const draft = offer.getByRole('textbox', { name: 'Note' });
  const adaRow = facilitator.getByRole('region', { name: /^Participants/ }).getByRole('listitem').filter({ hasText: 'Ada' });
  for (const size of [
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ]) {
    await facilitator.setViewportSize(size);
    for (const colorScheme of ['light', 'dark'] as const) {
      // Typing lapses 5 s after the last keystroke: keep typing until the row shows it (a loaded machine may be slower).
      await expect
        .poll(
          async () => {
            await draft.press('x');
            return (await adaRow.textContent()) ?? '';
          },
          { timeout: 20_000 },
        )
        .toContain('Typing…');
      await facilitator.emulateMedia({ colorScheme });
      await adaRow.scrollIntoViewIfNeeded();
      await expect(adaRow).toBeInViewport();
      await facilitator.screenshot({ path: `${SHOTS}/facilitator-typing-${size.width}x${size.height}-${colorScheme}.png`, animations: 'disabled' });
    }
  }
  await facilitator.emulateMedia({ colorScheme: 'light' });
  await facilitator.setViewportSize({ width: 1280, height: 720 });
  await draft.press('Escape');

  // The timer (a short one, so Time's up comes while the round goes on) and a voting round.
  await facilitator.getByRole('button', { name: 'Reveal notes' }).click();
  await facilitator.getByRole('button', { name: /^Timer length/ }).click();
  await facilitator.getByRole('textbox', { name: 'Other length (minutes)' }).fill('0.25');
  await facilitator.getByRole('button', { name: 'Set' }).click();
  await facilitator.getByRole('button', { name: 'Start timer' }).click();
  await expect(phone.getByRole('timer')).toHaveText(/^0:\d\d$/);
  await phone.evaluate(() => window.scrollTo(0, 0));
  await expectOnScreen(phone.getByRole('timer'));
  await shootPhone(phone, 'timer');

  await facilitator.getByRole('button', { name: 'Start voting' }).click();
  await expect(phone.getByText('3 votes left', { exact: true })).toBeVisible();
  const mine = phone.getByRole('listitem').filter({ hasText: MINE });
  await mine.getByRole('button', { name: 'Vote', exact: true }).click();
  await expect(phone.getByText('2 votes left', { exact: true })).toBeVisible();
  await mine.scrollIntoViewIfNeeded();
  await expectOnScreen(phone.getByText('2 votes left', { exact: true }), mine.getByRole('button', { name: 'Vote', exact: true }), mine.getByRole('button', { name: 'Remove vote' }));
  await shootPhone(phone, 'voting');
  await facilitator.screenshot({ path: `${SHOTS}/facilitator-voting-1280x720-light.png` });

  await expect(phone.getByRole('timer')).toHaveText('Time’s up', { timeout: 30_000 });
  await phone.evaluate(() => window.scrollTo(0, 0));
  await expectOnScreen(phone.getByRole('timer'), phone.getByText('2 votes left', { exact: true }));
  await shootPhone(phone, 'times-up');
  await facilitator.getByRole('button', { name: 'End voting' }).click();
  await facilitator.getByRole('button', { name: /^(Stop|Dismiss)$/ }).click();
  await expect(phone.getByRole('timer')).toHaveCount(0);

  // Locked with a draft open: the draft stays, the message shows.
  await offer.getByRole('button', { name: 'Add note' }).click();
  await draft.fill('A thought for after the discussion');
  await facilitator.getByRole('button', { name: 'Lock board' }).click();
  await expect(phone.getByRole('note').filter({ hasText: 'The board is locked' })).toBeVisible();
  await expect(draft).toHaveValue('A thought for after the discussion');
  await draft.scrollIntoViewIfNeeded();
  await expectOnScreen(offer.getByText('your draft is kept here'));
  await shootPhone(phone, 'locked');
  await facilitator.getByRole('button', { name: 'Unlock board' }).click();
  await offer.getByRole('button', { name: 'Add', exact: true }).click();

  // Bring everyone here: the phone is at Created Value, highlighted.
  const createdValue = facilitator.getByRole('region', { name: 'Created Value' });
  const box = await createdValue.boundingBox();
  if (!box) throw new Error('Created Value is not on the facilitator canvas');
  await facilitator.mouse.click(box.x + box.width / 2, box.y + box.height - 30);
  await facilitator.getByRole('button', { name: 'Bring everyone here' }).click();
  const target = phone.getByRole('region', { name: 'Created Value' });
  await expect(target).toHaveClass(/is-focus/);
  await expect(target.getByRole('heading', { name: 'Created Value' })).toBeInViewport();
  await shootPhone(phone, 'focus');
});
