import { expect, test } from './fixtures.js';
import { openApp } from './callHelpers.js';
import { seedKnownCaller } from './seed.js';

// The rep's callback list, from anywhere (Alt+D): overdue first, reschedule with a reason
// (kept in the promise's history), the backend's commitment.due as a banner, done.
// The backend runs on a manual clock set to 10:00 today, so "in 1 hour" is 11:00 on any run.
const TEN_AM = (() => {
  const d = new Date();
  d.setHours(10, 0, 0, 0);
  return d.getTime();
})();

test.use({ manualClock: TEN_AM });

test('promises due: reschedule with a reason, the due banner, then done', async ({ page, app }) => {
  seedKnownCaller(app, TEN_AM);
  const errors = await openApp(page, app.url);

  await page.keyboard.press('Alt+D');
  const list = page.getByTestId('due-list');
  await expect(list).toBeVisible();
  // Only today's: the overdue call-back (the router one is due in 2 days).
  const items = list.getByTestId('due-item');
  await expect(items).toHaveCount(1);
  await expect(items.first()).toHaveAttribute('data-overdue', 'true');
  await expect(items.first()).toContainText('Call Maria back with the refund status');
  await expect(list.getByTestId('due-history')).toContainText('Promised');

  await page.keyboard.press('r');
  await expect(list.getByTestId('due-reschedule')).toBeVisible();
  await page.keyboard.press('1'); // in 1 hour: 11:00
  await page.keyboard.press('Tab');
  await expect(list.getByTestId('reschedule-reason')).toBeFocused();
  await page.keyboard.type('Finance confirms at 11');
  await page.keyboard.press('Enter');
  await expect(items.first()).toHaveAttribute('data-overdue', 'false');
  await expect(list.getByTestId('due-history')).toContainText('Moved');
  await expect(list.getByTestId('due-history')).toContainText('Finance confirms at 11');
  await page.keyboard.press('Escape');
  await expect(list).toHaveCount(0);

  // 11:00 comes: the backend announces it.
  app.advance(61 * 60_000);
  const banner = page.getByTestId('due-banner');
  await expect(banner).toContainText('Maria Gonzalez');
  await expect(banner).toContainText('Call Maria back with the refund status');

  await page.keyboard.press('Alt+D');
  await expect(banner).toHaveCount(0);
  await expect(items.first()).toHaveAttribute('data-overdue', 'true');
  await page.keyboard.press('d');
  await expect(list.getByTestId('due-confirm-done')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(items).toHaveCount(0);
  await expect(list).toContainText('Nothing due today');
  expect(errors).toEqual([]);
});
