import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { openApp, popNumber } from './callHelpers.js';
import { expect, test } from './fixtures.js';
import { seedKnownCaller } from './seed.js';

test.use({ manualClock: true });

// Pictures of the live-call screen, the same pattern as screenshots.spec.ts: every run keeps
// them in the test's output folder; with HEARD_SCREENSHOTS=1 they also refresh
// docs/screenshots/call-*.png:
//   HEARD_SCREENSHOTS=1 npx playwright test tests/e2e/callScreenshots.spec.ts

const TO_DOCS = process.env.HEARD_SCREENSHOTS === '1';

async function shoot(page: Page, name: string, blur = true) {
  // The caret blinks; it does not belong in a picture. Dialog shots keep their focus ring.
  if (blur) await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur?.());
  const targets = [test.info().outputPath(`${name}.png`)];
  if (TO_DOCS) targets.push(path.resolve('docs/screenshots', `${name}.png`));
  for (const file of targets) {
    mkdirSync(path.dirname(file), { recursive: true });
    await page.screenshot({ path: file });
  }
}

test('screenshots of the live call', async ({ page, app }) => {
  test.setTimeout(60_000);
  seedKnownCaller(app);
  await page.setViewportSize({ width: 1440, height: 900 });
  await openApp(page, app.url);
  await popNumber(page, '415.555.2671');

  await page.keyboard.press('Alt+S');
  await expect(page.getByTestId('start-call')).toBeVisible();
  await shoot(page, 'call-start', false);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('call-screen')).toBeVisible();

  await page.keyboard.press('Alt+O');
  await page.keyboard.press('3');
  await page.keyboard.press('Alt+N');
  await page.keyboard.type('Refund of $212.40 for order #4471 still not on her card. Third call about it; she has the cancellation email (ref C-99812).');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Alt+1');
  await page.keyboard.press('Alt+2');
  await expect(page.locator('[data-testid="step"][data-done="true"]')).toHaveCount(2);
  await page.keyboard.type('Wants it on the original card, not store credit');
  await shoot(page, 'call-script');

  // Beside the softphone, in a narrow window: two columns, the history under them.
  await page.setViewportSize({ width: 1024, height: 800 });
  await shoot(page, 'call-script-narrow');
  await page.setViewportSize({ width: 1440, height: 900 });

  await page.keyboard.press('Alt+H');
  await expect(page.getByTestId('hold-ask')).toBeVisible();
  await shoot(page, 'call-hold-ask', false);
  await page.keyboard.press('y');
  await expect(page.getByTestId('hold-on')).toBeVisible();
  app.advance(31_000);
  await expect(page.getByTestId('hold-prompt')).toHaveAttribute('data-level', 'due');
  await shoot(page, 'call-hold-due');
  app.advance(15_000);
  await expect(page.getByTestId('hold-prompt')).toHaveAttribute('data-level', 'escalated');
  await shoot(page, 'call-hold-late');
  await page.keyboard.press('Alt+C');
  await page.keyboard.press('Alt+H');
  await expect(page.getByTestId('hold-on')).toHaveCount(0);

  await page.keyboard.press('Alt+P');
  await page.keyboard.type('Call Maria back with the refund status');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('2');
  await shoot(page, 'call-promise', false);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('call-promise')).toHaveCount(1);

  await page.keyboard.press('Alt+L');
  for (const letter of ['a', 'r', 'p']) await page.keyboard.press(letter);
  await expect(page.locator('[data-testid="closing-item"][data-done="true"]')).toHaveCount(3);
  await shoot(page, 'call-closing', false);

  await page.keyboard.press('Alt+A');
  await page.keyboard.press('s');
  await expect(page.getByTestId('abuse-dialog')).toContainText('offered');
  await shoot(page, 'call-abusive', false);
  await page.keyboard.press('Escape');

  await page.keyboard.press('Alt+E');
  await page.keyboard.type('Priya Shah (billing supervisor)');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Refund promised twice and still missing');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('handover-dialog').getByTestId('handover-summary')).toBeVisible();
  await shoot(page, 'call-handover', false);
  await page.keyboard.press('Escape');

  await page.keyboard.press('Alt+W');
  await page.keyboard.press('2');
  await page.keyboard.press('Tab');
  await page.keyboard.press('3');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Refund stuck in the finance queue');
  await page.keyboard.press('Tab');
  await page.keyboard.press('2');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Third refund call; escalated to Priya, callback at 4 pm.');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('wrapup-error')).toBeVisible();
  await shoot(page, 'call-wrapup', false);
  await page.keyboard.press('Escape');

  await page.keyboard.press('Alt+D');
  await expect(page.getByTestId('due-list')).toBeVisible();
  await expect(page.getByTestId('due-history')).toBeVisible();
  await shoot(page, 'call-due-list', false);
  await page.keyboard.press('Escape');

  await page.keyboard.press('F1');
  await expect(page.getByTestId('help-overlay')).toBeVisible();
  await shoot(page, 'call-help', false);
});
