import { expect, type Page } from '@playwright/test';

// Helpers of the live-call specs. Those run the standard fixture with the backend on a
// ManualClock (test.use({ manualClock: true })), so a hold passes its check-in in a moment:
// app.advance(ms) runs the backend's own hold timer, which pushes hold.prompt to the page as
// it would after 30 real seconds. The page keeps its own clock; it times holds on the
// backend's through CallView.now, as in use.

/** Opens the app and waits for the backend; collects console errors (a CSP violation logs one). */
export async function openApp(page: Page, url: string): Promise<string[]> {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await expect(page.getByTestId('connection-state')).toHaveAttribute('data-state', 'online');
  return errors;
}

/** F2, the number, Enter: the screen pop a rep does by hand. */
export async function popNumber(page: Page, number: string): Promise<void> {
  await page.keyboard.press('F2');
  await page.keyboard.type(number);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('history')).toBeVisible();
}

/** Reads "m:ss" or "h:mm:ss" as seconds. */
export function clockSeconds(text: string): number {
  return text
    .trim()
    .split(':')
    .map(Number)
    .reduce((total, part) => total * 60 + part, 0);
}
