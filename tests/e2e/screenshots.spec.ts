import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { newId } from '../../core/model/ids.js';
import { saveCall, saveCase } from '../unit/db/save.js';
import { expect, test } from './fixtures.js';
import { createCustomer, seedKnownCaller, seedSharedNumber } from './seed.js';

// Pictures of the main screens. Every run takes them (a visual smoke test, kept in the
// test's output folder); with HEARD_SCREENSHOTS=1 they also refresh docs/screenshots/ and
// docs/screenshot.png for the README:
//   HEARD_SCREENSHOTS=1 npx playwright test tests/e2e/screenshots.spec.ts

const TO_DOCS = process.env.HEARD_SCREENSHOTS === '1';

async function shoot(page: Page, name: string) {
  // The caret blinks and the spinner turns; neither belongs in a picture.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur?.());
  const targets = [test.info().outputPath(`${name}.png`)];
  if (TO_DOCS) targets.push(path.resolve('docs/screenshots', `${name}.png`));
  for (const file of targets) {
    mkdirSync(path.dirname(file), { recursive: true });
    await page.screenshot({ path: file });
  }
  return targets;
}

test('screenshots of the main screens', async ({ page, app }) => {
  const seeded = seedKnownCaller(app);
  const [, lee] = seedSharedNumber(app);
  // One of the household with some history, as a real shared line would have.
  const caseId = newId();
  const now = Date.now();
  saveCase(app.db, { id: caseId, customerId: lee!.id, subject: 'Late delivery', status: 'open', category: 'Shipping', createdAt: now - 3 * 86_400_000 });
  saveCall(app.db, {
    id: newId(),
    customerId: lee!.id,
    caseId,
    phone: '+12125550188',
    direction: 'inbound',
    repName: 'Sam Ortiz',
    startedAt: now - 3 * 86_400_000,
    endedAt: now - 3 * 86_400_000 + 240_000,
    moodStart: 'upset',
    moodEnd: 'calm',
    disposition: 'pending',
    summary: 'Parcel late.',
  });
  createCustomer(app, 'Luis Gonzalez', ['(303) 555-0107'], 'luis.g@example.com');
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(app.url);
  await expect(page.getByTestId('connection-state')).toHaveAttribute('data-state', 'online');

  await shoot(page, 'idle');

  await page.keyboard.press('F2');
  await page.keyboard.type('415.555.2671');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('repeat-banner')).toContainText(seeded.refundCase.number);
  const [, docsCopy] = await shoot(page, 'known-caller');
  if (TO_DOCS && docsCopy) await page.screenshot({ path: path.resolve('docs/screenshot.png') });

  // A narrower window beside the softphone: one column, nothing cut off.
  await page.setViewportSize({ width: 960, height: 800 });
  await shoot(page, 'known-caller-narrow');
  await page.setViewportSize({ width: 1440, height: 900 });

  await page.keyboard.press('F2');
  await page.keyboard.type('(212) 555-0188');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('candidate')).toHaveCount(3);
  await page.keyboard.press('ArrowDown');
  await shoot(page, 'shared-number');

  await page.keyboard.press('F2');
  await page.keyboard.type('646 555 0123');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('new-name')).toBeFocused();
  await page.getByTestId('new-email').fill('not-an-email');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('nc-name-error')).toBeVisible();
  await shoot(page, 'new-customer');

  await page.keyboard.press('F2');
  await page.keyboard.type('4155552671');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('history')).toBeVisible();
  await page.keyboard.press('Control+k');
  await page.keyboard.type('gonzalez');
  await expect(page.getByTestId('search-hit')).toHaveCount(2);
  await page.keyboard.press('ArrowDown');
  await page.screenshot({ path: test.info().outputPath('search.png') });
  if (TO_DOCS) await page.screenshot({ path: path.resolve('docs/screenshots/search.png') });

  await page.keyboard.press('Escape');
  await page.getByTestId('main').click();
  await page.keyboard.press('?');
  await expect(page.getByTestId('help-overlay')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('help.png') });
  if (TO_DOCS) await page.screenshot({ path: path.resolve('docs/screenshots/help.png') });

  await page.keyboard.press('Escape');
  await page.keyboard.press('F2');
  await page.keyboard.type('12');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('lookup-error')).toBeVisible();
  await shoot(page, 'malformed-number');
});
