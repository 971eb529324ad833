import type { WebSocketRoute } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { createCustomer } from './seed.js';

// The link to the backend drops (a restarted host, a flaky network): the rep is told at
// once, a lookup answers with a message instead of hanging, and the app comes back by
// itself and re-reads the screen it shows.

test('offline banner while the backend is unreachable, then back by itself', async ({ page, app }) => {
  const maria = createCustomer(app, 'Maria Gonzalez', ['(415) 555-2671']);
  let reachable = true;
  let live: WebSocketRoute | null = null;
  // Between the page and the real host: pass through while reachable, refuse otherwise.
  await page.routeWebSocket(/\/api\?token=/, (ws) => {
    if (!reachable) {
      void ws.close({ code: 1006, reason: 'unreachable' });
      return;
    }
    ws.connectToServer();
    live = ws;
  });

  await page.goto(app.url);
  await expect(page.getByTestId('connection-state')).toHaveAttribute('data-state', 'online');
  await page.keyboard.press('F2');
  await page.keyboard.type('4155552671');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('customer-name')).toHaveText('Maria Gonzalez');
  await expect(page.getByTestId('offline-banner')).toHaveCount(0);

  reachable = false;
  await live!.close({ code: 1006, reason: 'gone' });
  await expect(page.getByTestId('offline-banner')).toBeVisible();
  await expect(page.getByTestId('connection-state')).toHaveAttribute('data-state', 'offline');
  // The caller's screen stays up; what needs the backend says why it failed.
  await expect(page.getByTestId('customer-name')).toHaveText('Maria Gonzalez');
  await page.keyboard.press('Control+k');
  await page.keyboard.type('maria');
  await expect(page.getByTestId('search-error')).toContainText('Not connected to the Heard backend');
  await page.keyboard.press('Escape');

  // Renamed elsewhere while this window was offline: once back, the screen re-reads it.
  app.db.prepare('UPDATE customers SET name = ? WHERE id = ?').run('Maria Gonzalez-Ruiz', maria.id);
  reachable = true;
  await expect(page.getByTestId('connection-state')).toHaveAttribute('data-state', 'online', { timeout: 10_000 });
  await expect(page.getByTestId('offline-banner')).toHaveCount(0);
  await expect(page.getByTestId('customer-name')).toHaveText('Maria Gonzalez-Ruiz');

  // And a lookup while offline answers at once with the reason, never hangs.
  reachable = false;
  await live!.close({ code: 1006, reason: 'gone again' });
  await expect(page.getByTestId('offline-banner')).toBeVisible();
  await page.keyboard.press('F2');
  await page.keyboard.type('4155552671');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('lookup-error')).toContainText('Not connected to the Heard backend');
});
