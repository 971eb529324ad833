import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { createCustomer, seedKnownCaller, seedSharedNumber } from './seed.js';

// The screen pop, end to end: the real renderer build in Chromium, over the real WebSocket
// host, against the real backend and SQLite file, driven from the keyboard as a rep would.

async function openApp(page: Page, url: string) {
  await page.goto(url);
  await expect(page.getByTestId('connection-state')).toHaveAttribute('data-state', 'online');
}

async function lookUp(page: Page, number: string) {
  await page.keyboard.press('F2');
  await expect(page.getByTestId('number-input')).toBeFocused();
  await page.keyboard.type(number);
  await page.keyboard.press('Enter');
}

test('a known caller: cases, calls with mood and notes, promises with the overdue one marked, and the repeat mark', async ({ page, app }) => {
  const seeded = seedKnownCaller(app);
  // Under the strict CSP, an inline style or script (or zod's eval probe) would log here.
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  await openApp(page, app.url);
  // The token left the address bar once read.
  expect(page.url()).not.toContain('token=');

  await lookUp(page, '415.555.2671');
  const history = page.getByTestId('history');
  await expect(history).toBeVisible();
  await expect(page.getByTestId('customer-name')).toHaveText('Maria Gonzalez');
  await expect(page.getByTestId('customer-phones')).toContainText('(415) 555-2671');
  await expect(page.getByTestId('customer-phones')).toContainText('(628) 555-0143');
  await expect(page.getByTestId('customer-email')).toHaveText('maria.gonzalez@example.com');
  await expect(page.getByTestId('number-input')).toHaveValue('(415) 555-2671');

  const banner = page.getByTestId('repeat-banner');
  await expect(banner).toContainText(`Repeat call: case ${seeded.refundCase.number} '${seeded.refundCase.subject}' touched 2 days ago`);

  const cases = page.getByTestId('case');
  await expect(cases).toHaveCount(3);
  const refund = page.locator(`[data-testid="case"][data-case-number="${seeded.refundCase.number}"]`);
  await expect(refund.getByTestId('case-status')).toHaveText('Escalated');
  await expect(page.locator(`[data-testid="case"][data-case-number="${seeded.routerCase.number}"]`).getByTestId('case-status')).toHaveText('Pending');
  await expect(page.locator(`[data-testid="case"][data-case-number="${seeded.closedCase.number}"]`).getByTestId('case-status')).toHaveText('Closed');

  const calls = page.getByTestId('call');
  await expect(calls).toHaveCount(3);
  const last = calls.first();
  await expect(last.getByTestId('call-rep')).toHaveText('Jordan Lee');
  await expect(last.getByTestId('call-mood')).toContainText('Angry');
  await expect(last.getByTestId('call-mood')).toContainText('Upset');
  await expect(last.getByTestId('call-disposition')).toHaveText('Escalated');
  await expect(last.getByTestId('call-summary')).toContainText('Escalated to the billing supervisor');
  await expect(last.getByTestId('call-note')).toHaveCount(2);
  await expect(last.getByTestId('call-note').first()).toContainText('ref C-99812');
  await expect(last).toContainText(seeded.refundCase.number);
  await expect(last.getByTestId('call-when')).not.toBeEmpty();

  const promises = page.getByTestId('commitment');
  await expect(promises).toHaveCount(2);
  await expect(promises.first()).toHaveAttribute('data-overdue', 'true');
  await expect(promises.first()).toContainText('Overdue');
  await expect(promises.first()).toContainText('overdue by 5 hours');
  await expect(promises.first()).toContainText('Call Maria back with the refund status');
  await expect(promises.nth(1)).toHaveAttribute('data-overdue', 'false');
  await expect(promises.nth(1)).toContainText('due in');
  await expect(page.getByTestId('overdue-count')).toHaveText('1 overdue promise');
  expect(consoleErrors).toEqual([]);
});

test('a shared number lists every customer and the rep picks one with the keyboard', async ({ page, app }) => {
  const household = seedSharedNumber(app);
  await openApp(page, app.url);
  await lookUp(page, '212-555-0188');

  const candidates = page.getByTestId('candidate');
  await expect(page.getByTestId('picker')).toContainText('3 customers share (212) 555-0188');
  await expect(candidates).toHaveCount(3);
  // Nothing is opened until the rep chooses.
  await expect(page.getByTestId('history')).toHaveCount(0);
  await expect(candidates.nth(0)).toHaveAttribute('aria-selected', 'true');

  await page.keyboard.press('ArrowDown');
  await expect(candidates.nth(1)).toHaveAttribute('aria-selected', 'true');
  const chosenId = await candidates.nth(1).getAttribute('data-customer-id');
  const chosen = household.find((c) => c.id === chosenId);
  expect(chosen).toBeDefined();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('history')).toHaveAttribute('data-customer-id', chosenId!);
  await expect(page.getByTestId('customer-name')).toHaveText(chosen!.name);

  // Again, with the row's number key.
  await lookUp(page, '2125550188');
  await expect(candidates).toHaveCount(3);
  const thirdId = await candidates.nth(2).getAttribute('data-customer-id');
  await page.keyboard.press('3');
  await expect(page.getByTestId('history')).toHaveAttribute('data-customer-id', thirdId!);
});

test('an unknown number opens the new-customer form with the number filled in; errors sit under their fields', async ({ page, app }) => {
  await openApp(page, app.url);
  await lookUp(page, '+1 (646) 555-0123');

  await expect(page.getByTestId('new-customer')).toContainText('New caller: (646) 555-0123');
  await expect(page.getByTestId('new-phone-0')).toHaveValue('(646) 555-0123');
  await expect(page.getByTestId('new-name')).toBeFocused();

  // Enter with no name: the backend's message, under the name field; nothing written.
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('nc-name-error')).toHaveText("Enter the caller's name.");
  await page.keyboard.type('Priya Natarajan');
  await page.getByTestId('new-email').fill('priya@');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('nc-email-error')).toContainText('email address does not look right');
  await expect(page.getByTestId('nc-name-error')).toHaveCount(0);

  await page.getByTestId('new-add-phone').click();
  await page.getByTestId('new-phone-1').fill('12');
  await page.getByTestId('new-email').fill('priya@example.com');
  await page.getByTestId('new-email').press('Enter');
  await expect(page.getByTestId('new-phone-1-error')).toContainText('"12"');

  await page.getByTestId('new-phone-1').fill('(646) 555-0124');
  await page.getByTestId('new-phone-1').press('Enter');
  await expect(page.getByTestId('history')).toBeVisible();
  await expect(page.getByTestId('customer-name')).toHaveText('Priya Natarajan');
  await expect(page.getByTestId('customer-phones')).toContainText('(646) 555-0123');
  await expect(page.getByTestId('customer-phones')).toContainText('(646) 555-0124');
  await expect(page.getByTestId('calls')).toContainText('No earlier calls');

  const rows = app.db.prepare('SELECT name, email FROM customers').all();
  expect(rows).toEqual([{ name: 'Priya Natarajan', email: 'priya@example.com' }]);

  // The same number now pops the customer just created.
  await lookUp(page, '6465550123');
  await expect(page.getByTestId('customer-name')).toHaveText('Priya Natarajan');
});

test('a tel: link delivered through the host pops the screen', async ({ page, app }) => {
  const maria = createCustomer(app, 'Maria Gonzalez', ['(415) 555-2671']);
  await openApp(page, app.url);

  const response = await app.openLink('tel:+1-415-555-2671');
  expect(response.status).toBe(200);
  await expect(page.getByTestId('history')).toHaveAttribute('data-customer-id', maria.id);
  await expect(page.getByTestId('calling-number')).toContainText('(415) 555-2671');
  await expect(page.getByTestId('calling-number')).toContainText('from a link');
  await expect(page.getByTestId('number-input')).toHaveValue('(415) 555-2671');

  // A heard:// link for an unknown number pops the new-customer form the same way.
  expect((await app.openLink('heard://call?number=%2B16465550123')).status).toBe(200);
  await expect(page.getByTestId('new-phone-0')).toHaveValue('(646) 555-0123');
});

test('pasting a number into the empty box looks it up at once', async ({ page, app }) => {
  createCustomer(app, 'Maria Gonzalez', ['(415) 555-2671']);
  await openApp(page, app.url);
  await page.getByTestId('number-input').evaluate((input, text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, ' +1 415-555-2671 ');
  await expect(page.getByTestId('customer-name')).toHaveText('Maria Gonzalez');
});

test('a malformed number shows the backend message where the rep typed it', async ({ page, app }) => {
  await openApp(page, app.url);
  await lookUp(page, '12');
  await expect(page.getByTestId('lookup-error')).toContainText('"12" is not a valid phone number');
  await expect(page.getByTestId('number-input')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('number-input')).toBeFocused();

  await page.keyboard.press('Escape');
  await page.keyboard.type('call me maybe');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('lookup-error')).toContainText('has characters a phone number cannot have');
  await expect(page.getByTestId('screen-idle')).toBeVisible();
});

test('? shows the keyboard help and Esc closes it', async ({ page, app }) => {
  await openApp(page, app.url);
  await page.getByTestId('main').click();
  await page.keyboard.press('?');
  await expect(page.getByTestId('help-overlay')).toBeVisible();
  await expect(page.getByTestId('help-overlay')).toContainText('Ctrl+K');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('help-overlay')).toHaveCount(0);
});
