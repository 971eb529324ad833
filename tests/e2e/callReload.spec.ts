import { clockSeconds, openApp, popNumber } from './callHelpers.js';
import { expect, test } from './fixtures.js';
import { seedKnownCaller } from './seed.js';

test.use({ manualClock: true });

// A reload in the middle of a call (a crash, F5, the window closed by mistake) loses
// nothing: the call comes back from the backend (call.active) with its log, the unsent note
// from the desk's drafts, and the hold timer goes on from the hold's start.

test('a call abandoned by a reload comes back whole: the note draft, the open hold and its timer', async ({ page, app }) => {
  seedKnownCaller(app);
  const errors = await openApp(page, app.url);
  await popNumber(page, '(415) 555-2671');
  await page.keyboard.press('Alt+S');
  await page.keyboard.press('0'); // no case yet
  await page.keyboard.press('l'); // LAST
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('call-screen')).toBeVisible();
  await expect(page.getByTestId('script-name')).toHaveText('LAST');
  await expect(page.getByTestId('call-case')).toContainText('No case');

  await page.keyboard.press('Alt+O');
  await page.keyboard.press('2');
  await page.keyboard.press('Alt+N');
  await page.keyboard.type('Router drops every evening since Tuesday.');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('live-note')).toHaveCount(1);
  await page.keyboard.press('Alt+1');
  // Half a note, not sent.
  await page.keyboard.type('She already did a factory reset and');

  // A hold, without asking: explicit, and shown as such.
  await page.keyboard.press('Alt+Shift+H');
  await expect(page.getByTestId('hold-no-permission')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('hold-on')).toBeVisible();
  await expect(page.getByTestId('hold-without-permission')).toBeVisible();
  app.advance(12_000);

  await page.reload();
  await expect(page.getByTestId('connection-state')).toHaveAttribute('data-state', 'online');
  await expect(page.getByTestId('call-screen')).toBeVisible();
  await expect(page.getByTestId('note-input')).toHaveValue('She already did a factory reset and');
  await expect(page.getByTestId('live-note')).toHaveCount(1);
  await expect(page.getByTestId('mood-start')).toHaveAttribute('data-mood', 'upset');
  await expect(page.locator('[data-step-id="listen"]')).toHaveAttribute('data-done', 'true');
  await expect(page.getByTestId('hold-on')).toBeVisible();
  await expect(page.getByTestId('hold-without-permission')).toBeVisible();
  // The timer goes on from the hold's start (12 s of backend time ago, less the few ms the
  // events before it borrowed on the frozen test clock), not from the reload.
  expect(clockSeconds(await page.getByTestId('hold-timer').innerText())).toBeGreaterThanOrEqual(11);
  // The caller's history came back beside the call (it now lists this call too).
  await expect(page.getByTestId('call-history').getByTestId('call-rep').filter({ hasText: 'Jordan Lee' })).toHaveCount(1);

  // The backend's timer kept running for the hold: the check-in falls due, then late.
  app.advance(20_000);
  await expect(page.getByTestId('hold-prompt')).toHaveAttribute('data-level', 'due');
  app.advance(15_000);
  await expect(page.getByTestId('hold-prompt')).toHaveAttribute('data-level', 'escalated');

  // Another reload while the prompt is late: it comes back from the log, still late.
  await page.reload();
  await expect(page.getByTestId('hold-prompt')).toHaveAttribute('data-level', 'escalated');
  await page.keyboard.press('Alt+H');
  await expect(page.getByTestId('hold-on')).toHaveCount(0);
  await expect(page.getByTestId('hold-checkins')).toHaveText('0 on time, 1 late');

  // The draft is finished and sent; once recorded it is gone from the desk.
  await page.keyboard.press('Alt+N');
  await page.keyboard.press('End');
  await page.keyboard.type(' it did not help.');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('live-note')).toHaveCount(2);
  await page.reload();
  await expect(page.getByTestId('call-screen')).toBeVisible();
  await expect(page.getByTestId('live-note')).toHaveCount(2);
  await expect(page.getByTestId('note-input')).toHaveValue('');
  expect(errors).toEqual([]);
});
