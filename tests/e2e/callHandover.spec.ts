import { openApp, popNumber } from './callHelpers.js';
import { expect, test } from './fixtures.js';
import { seedKnownCaller } from './seed.js';

test.use({ manualClock: true });

// A transfer from the call screen: the backend writes the hand-over summary from the call,
// the rep sees it at once, and the next rep sees it first at screen pop.

test('a transfer shows the hand-over summary, and the next screen pop leads with it', async ({ page, app }) => {
  seedKnownCaller(app);
  const errors = await openApp(page, app.url);
  await popNumber(page, '415-555-2671');
  await page.keyboard.press('Alt+S');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('call-screen')).toBeVisible();

  await page.keyboard.press('Alt+O');
  await page.keyboard.press('4'); // abusive: the abusive-caller panel opens
  await expect(page.getByTestId('abuse-dialog')).toBeVisible();
  await page.keyboard.press('s');
  await page.keyboard.press('w');
  await expect(page.getByTestId('abuse-warned')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('call-header')).toContainText('Warned ×1');

  await page.keyboard.press('Alt+N');
  await page.keyboard.type('Refund for order #4471 missing for 9 days; wants a supervisor.');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('live-note')).toHaveCount(1);

  await page.keyboard.press('Alt+T');
  await expect(page.getByTestId('handover-to')).toBeFocused();
  await page.keyboard.type('Priya Shah, billing supervisor');
  await page.keyboard.press('Enter');
  const summary = page.getByTestId('handover-dialog').getByTestId('handover-summary');
  await expect(summary).toContainText('Problem: Refund for order #4471 missing for 9 days');
  await expect(summary).toContainText('warned once');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('handover-panel')).toContainText('Transferred to Priya Shah, billing supervisor');
  await expect(page.getByTestId('call-phase')).toHaveText('Wrap-up');

  // Wrap-up: "transferred" is already picked; the closing was cut short by the transfer.
  await page.keyboard.press('Alt+W');
  await expect(page.getByTestId('wrapup-disposition').locator('[aria-checked="true"]')).toHaveAttribute('data-choice', 'transferred');
  await page.keyboard.press('Tab');
  await page.keyboard.press('3');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('3');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Transferred to the billing supervisor about the missing refund.');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('wrapup-override')).toBeFocused();
  await page.keyboard.type('Warm transfer to the supervisor; she closes the call.');
  await page.keyboard.press('Enter');

  // The next screen pop of this caller starts with the story.
  await expect(page.getByTestId('history')).toBeVisible();
  const handovers = page.getByTestId('handovers');
  await expect(handovers).toBeVisible();
  await expect(handovers.getByTestId('handover').first()).toContainText('Dana Rep → Priya Shah, billing supervisor');
  await expect(handovers.getByTestId('handover').first()).toContainText('Refund for order #4471 missing for 9 days');
  const box = await handovers.boundingBox();
  const customer = await page.getByTestId('customer').boundingBox();
  expect(box && customer && box.y < customer.y).toBe(true);
  expect(errors).toEqual([]);
});
