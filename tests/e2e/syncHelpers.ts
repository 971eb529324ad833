import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';

// Helpers of the sync specs: what a rep does with the keyboard on one desk (enrol, sync now,
// a new caller, a whole call, a case edit), each waiting for the screen to show the outcome.

export const pill = (page: Page): Locator => page.getByTestId('sync-pill');

/** The pill's waiting count, for expect.poll. */
export async function waiting(page: Page): Promise<number> {
  return Number(await pill(page).getAttribute('data-waiting'));
}

/** Alt+U, the three fields, Enter; then the panel says the desk is enrolled and closes. */
export async function enrolDesk(page: Page, serverUrl: string, code: string, deskName: string): Promise<void> {
  await submitEnrolment(page, serverUrl, code, deskName);
  await expect(page.getByTestId('enrol-success')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('sync-panel')).toHaveCount(0);
}

/** Opens the panel if need be and sends the enrol form filled with these, by keyboard. */
export async function submitEnrolment(page: Page, serverUrl: string, code: string, deskName: string): Promise<void> {
  if (!(await page.getByTestId('sync-panel').isVisible())) await page.keyboard.press('Alt+U');
  await expect(page.getByTestId('enrol-form')).toBeVisible();
  for (const [field, value] of [
    ['enrol-serverUrl', serverUrl],
    ['enrol-code', code],
    ['enrol-deviceName', deskName],
  ] as const) {
    await page.getByTestId(field).focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(value);
  }
  await page.keyboard.press('Enter');
}

/** Alt+U, S (sync now), Esc. */
export async function syncNow(page: Page): Promise<void> {
  await page.keyboard.press('Alt+U');
  await expect(page.getByTestId('sync-panel')).toBeVisible();
  await expect(page.getByTestId('sync-now')).toBeEnabled();
  await page.keyboard.press('s');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('sync-panel')).toHaveCount(0);
}

/** Alt+U, O (work offline, or resume), Esc. */
export async function togglePaused(page: Page): Promise<void> {
  await page.keyboard.press('Alt+U');
  await expect(page.getByTestId('sync-details')).toBeVisible();
  const wasPaused = (await page.getByTestId('sync-pause-toggle').getAttribute('aria-pressed')) === 'true';
  await page.keyboard.press('o');
  await expect(page.getByTestId('sync-pause-toggle')).toHaveAttribute('aria-pressed', String(!wasPaused));
  await page.keyboard.press('Escape');
}

/** F2, an unknown number, Enter; the name; Enter: the new customer's history. */
export async function createCaller(page: Page, number: string, name: string): Promise<void> {
  await page.keyboard.press('F2');
  await page.keyboard.type(number);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('new-name')).toBeFocused();
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('customer-name')).toHaveText(name);
}

/**
 * Looks the number up until this desk knows the caller: another desk created them, and this
 * one has them once a sync round pulled them (the test pressed Sync now before).
 */
export async function popWhenKnown(page: Page, number: string, name: string): Promise<void> {
  await expect(async () => {
    await page.keyboard.press('F2');
    await page.keyboard.type(number);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('history').or(page.getByTestId('new-customer'))).toBeVisible();
    expect(await page.getByTestId('history').isVisible()).toBe(true);
  }).toPass();
  await expect(page.getByTestId('customer-name')).toHaveText(name);
}

/**
 * A whole call from the caller's history: Alt+S with `pick` (a digit for a case, 0 none, or
 * a new case's subject), a note, the closing checklist, the wrap-up; back on the history.
 */
export async function takeCall(page: Page, pick: { key: string } | { newCase: string }, note: string): Promise<void> {
  await page.keyboard.press('Alt+S');
  await expect(page.getByTestId('start-call')).toBeVisible();
  if ('newCase' in pick) {
    await page.keyboard.press('n');
    await expect(page.getByTestId('start-subject')).toBeFocused();
    await page.keyboard.type(pick.newCase);
  } else {
    await page.keyboard.press(pick.key);
  }
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('call-screen')).toBeVisible();
  await page.keyboard.press('Alt+N');
  await page.keyboard.type(note);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('live-note')).toHaveCount(1);
  await page.keyboard.press('Alt+L');
  for (const letter of ['a', 'w', 'r', 'c', 'p', 't']) await page.keyboard.press(letter);
  await expect(page.locator('[data-testid="closing-item"][data-done="true"]')).toHaveCount(6);
  await page.keyboard.press('Alt+W');
  await expect(page.getByTestId('wrapup-dialog')).toBeVisible();
  await page.keyboard.press('1'); // resolved
  await page.keyboard.press('Tab');
  await page.keyboard.press('0'); // root cause: other
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('1'); // calm at the end
  await page.keyboard.press('Tab');
  await page.keyboard.type(note);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('call-saved')).toBeVisible();
}

/** Alt+K, Enter on the highlighted case, a status digit (1 open … 5 closed), Enter. */
export async function setCaseStatus(page: Page, digit: string, label: string): Promise<void> {
  await page.keyboard.press('Alt+K');
  await expect(page.getByTestId('case-list')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('case-edit-dialog')).toBeVisible();
  await page.keyboard.press(digit);
  await expect(page.getByTestId('case-edit-status').locator('[aria-checked="true"]')).toContainText(label);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('case-edit-dialog')).toHaveCount(0);
  await expect(page.getByTestId('history').getByTestId('case-status').first()).toHaveText(label);
}

const TO_DOCS = process.env.HEARD_SCREENSHOTS === '1';

/** A picture in the test's output, and in docs/screenshots with HEARD_SCREENSHOTS=1. */
export async function shoot(target: Page | Locator, name: string): Promise<void> {
  const files = [test.info().outputPath(`${name}.png`)];
  if (TO_DOCS) files.push(path.resolve('docs/screenshots', `${name}.png`));
  for (const file of files) {
    mkdirSync(path.dirname(file), { recursive: true });
    await target.screenshot({ path: file });
  }
}
