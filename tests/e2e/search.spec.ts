import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { createCustomer, seedKnownCaller } from './seed.js';

// Search from the keyboard only: Ctrl+K (or F3), type, arrows, Enter.

async function openApp(page: Page, url: string) {
  await page.goto(url);
  await expect(page.getByTestId('connection-state')).toHaveAttribute('data-state', 'online');
}

async function search(page: Page, text: string, shortcut = 'Control+k') {
  await page.keyboard.press(shortcut);
  await expect(page.getByTestId('search-input')).toBeFocused();
  await page.keyboard.type(text);
  // Results for exactly this text (not an earlier prefix of it), and nothing newer pending.
  await expect(page.getByTestId('search-results')).toHaveAttribute('data-query', text.trim());
  await expect(page.getByTestId('search-results')).toHaveAttribute('data-status', 'done');
}

test('search by name, last four digits, case number and note word, picked with the keyboard', async ({ page, app }) => {
  const seeded = seedKnownCaller(app);
  const luis = createCustomer(app, 'Luis Gonzalez', ['(303) 555-0107']);
  createCustomer(app, 'Ahmed Khan', ['(303) 555-0166']);
  await openApp(page, app.url);

  // By name: two Gonzalezes; the second one is chosen with ArrowDown.
  await search(page, 'gonzalez');
  const hits = page.getByTestId('search-hit');
  await expect(hits).toHaveCount(2);
  await expect(hits.nth(0)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(hits.nth(1)).toHaveAttribute('aria-selected', 'true');
  const secondId = await hits.nth(1).getAttribute('data-customer-id');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('history')).toHaveAttribute('data-customer-id', secondId!);
  await expect(page.getByTestId('search-input')).toHaveValue('');
  expect([seeded.customer.id, luis.id]).toContain(secondId);

  // By the last four digits of a phone.
  await search(page, '0107');
  await expect(hits.first()).toContainText('Luis Gonzalez');
  await expect(hits.first()).toContainText('matched phone');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('customer-name')).toHaveText('Luis Gonzalez');

  // By case number (F3 this time): the case, then its customer.
  await search(page, seeded.refundCase.number, 'F3');
  await expect(hits.first()).toContainText(seeded.refundCase.subject);
  await expect(hits.first()).toContainText('matched case number');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('customer-name')).toHaveText('Maria Gonzalez');

  // By a word from a note.
  await page.getByTestId('number-input').focus();
  await search(page, 'store credit');
  await expect(hits.first()).toContainText('matched note');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('history')).toHaveAttribute('data-customer-id', seeded.customer.id);
});

test('wraps with the arrows, says when nothing matched, and Escape clears', async ({ page, app }) => {
  createCustomer(app, 'Ann Lee', ['(415) 555-0101']);
  createCustomer(app, 'Ann Leary', ['(415) 555-0102']);
  await openApp(page, app.url);

  await search(page, 'ann');
  const hits = page.getByTestId('search-hit');
  await expect(hits).toHaveCount(2);
  await page.keyboard.press('ArrowUp');
  await expect(hits.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(hits.nth(0)).toHaveAttribute('aria-selected', 'true');

  await page.keyboard.type('zzz');
  await expect(page.getByTestId('search-empty')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('search-input')).toHaveValue('');
  await expect(page.getByTestId('search-results')).toHaveCount(0);
});
