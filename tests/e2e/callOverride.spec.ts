import { openApp, popNumber } from './callHelpers.js';
import { expect, test } from './fixtures.js';
import { seedKnownCaller } from './seed.js';

test.use({ manualClock: true });

// Ending a call with closing items missing takes an explicit override with a reason, and
// the override is logged for QA.

test('wrap-up with a closing item missing needs an override with a reason', async ({ page, app }) => {
  const seeded = seedKnownCaller(app);
  const errors = await openApp(page, app.url);
  await popNumber(page, '415 555 2671');
  await page.keyboard.press('Alt+S');
  await page.keyboard.press('2'); // the router case
  await page.keyboard.press('Enter');
  const screen = page.getByTestId('call-screen');
  await expect(screen).toBeVisible();
  const callId = (await screen.getAttribute('data-call-id')) ?? '';
  await expect(page.getByTestId('case-number-big')).toHaveText(seeded.routerCase.number);

  // Everything but the case number.
  await page.keyboard.press('Alt+L');
  for (const letter of ['a', 'r', 'p', 't']) await page.keyboard.press(letter);
  await expect(page.locator('[data-testid="closing-item"][data-done="true"]')).toHaveCount(4);

  await page.keyboard.press('Alt+W');
  await page.keyboard.press('2'); // pending
  await page.keyboard.press('Tab');
  await page.keyboard.press('1'); // product defect
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('1'); // calm: "what would make it right" no longer applies
  await page.keyboard.press('Tab');
  await page.keyboard.type('Replacement router requested again.');
  await page.keyboard.press('Enter');

  // Refused in the dialog: the case number was not given.
  await expect(page.getByTestId('wrapup-error')).toContainText('closing items');
  await expect(page.getByTestId('wrapup-missing')).toContainText('Gave the case number');
  await expect(page.getByTestId('wrapup-missing')).not.toContainText('make it right');
  await expect(page.getByTestId('call-screen')).toBeVisible();

  await page.getByTestId('wrapup-override').focus();
  await page.keyboard.type('Caller had to go before I could read it out; emailed it.');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('history')).toBeVisible();
  await expect(page.getByTestId('call').first().getByTestId('call-disposition')).toHaveText('Pending');

  const got = app.backend.dispatch('call.get', { callId });
  const events = got.ok ? (got.value as { events: { type: string; missing?: string[]; reason?: string }[] }).events : [];
  const override = events.find((e) => e.type === 'closing.override');
  expect(override).toMatchObject({ missing: ['case_number'], reason: 'Caller had to go before I could read it out; emailed it.' });
  expect(events.at(-1)?.type).toBe('call.ended');
  expect(errors).toEqual([]);
});

test('an item unticked elsewhere during wrap-up stops the end: the call stays open with the reason shown', async ({ page, app }) => {
  seedKnownCaller(app);
  await openApp(page, app.url);
  await popNumber(page, '415 555 2671');
  await page.keyboard.press('Alt+S');
  await page.keyboard.press('0');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('call-screen')).toBeVisible();
  const callId = (await page.getByTestId('call-screen').getAttribute('data-call-id')) ?? '';
  await page.keyboard.press('Alt+L');
  for (const letter of ['a', 'r', 'c', 'p', 't']) await page.keyboard.press(letter);
  await page.keyboard.press('Alt+W');
  await page.keyboard.press('1');
  await page.keyboard.press('Tab');
  await page.keyboard.press('0'); // other
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('1');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Quick question answered.');
  // Meanwhile another window unticks an item: the dialog's view is now behind the backend.
  const untick = app.backend.dispatch('call.record', { callId, event: { id: '019b0000-0000-7000-8000-0000000000e1', type: 'closing.unticked', item: 'thanked' } });
  expect(untick.ok).toBe(true);
  await page.keyboard.press('Enter');
  // Either the refreshed view asks for the override, or the backend refused: never ended silently.
  await expect(page.getByTestId('wrapup-error')).toBeVisible();
  await expect(page.getByTestId('call-screen')).toBeVisible();
});
