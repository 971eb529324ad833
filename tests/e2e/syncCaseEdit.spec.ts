import { openApp, popNumber } from './callHelpers.js';
import { expect, test } from './fixtures.js';
import { seedKnownCaller } from './seed.js';

// Editing a case from the keyboard on one desk (the two-desk spec covers the concurrent
// edit): Alt+K reaches the cases list on the history screen and beside a live call, ↑ ↓
// pick, E edits; an empty subject is refused in the dialog; the edit is on screen at once.

test('Alt+K edits a case on the history screen and during a call; an empty subject is refused in the dialog', async ({ page, app }) => {
  const seeded = seedKnownCaller(app);
  const errors = await openApp(page, app.url);
  await popNumber(page, '415 555 2671');

  // The repeat case is highlighted first; ↓ moves to the router case; E edits it.
  await page.keyboard.press('Alt+K');
  const list = page.getByTestId('case-list');
  await expect(list).toBeFocused();
  await expect(list.locator('[aria-selected="true"]')).toHaveAttribute('data-case-id', seeded.refundCase.id);
  await page.keyboard.press('ArrowDown');
  await expect(list.locator('[aria-selected="true"]')).toHaveAttribute('data-case-id', seeded.routerCase.id);
  await page.keyboard.press('e');
  const dialog = page.getByTestId('case-edit-dialog');
  await expect(dialog).toContainText(seeded.routerCase.number);
  await expect(page.getByTestId('case-edit-status')).toBeFocused();

  // An empty subject is refused before anything is sent.
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('case-edit-subject')).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('case-edit-error')).toHaveText('A case needs a subject.');
  await page.keyboard.type('Router drops the connection at 8 pm, replacement sent');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('4');
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  // Back in the list, which now shows the edit (resolved: under "Recently closed").
  await expect(list).toBeFocused();
  const router = page.locator(`[data-testid="case"][data-case-id="${seeded.routerCase.id}"]`);
  await expect(router.getByTestId('case-status')).toHaveText('Resolved');
  await expect(router.getByTestId('case-subject')).toHaveText('Router drops the connection at 8 pm, replacement sent');
  await expect(router.getByTestId('case-conflict')).toHaveCount(0);

  // During a call: the cases beside it, the same keys; the call's own case box follows.
  // (The start dialog offers the case touched last first: the one just edited.)
  await page.keyboard.press('Alt+S');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('call-screen')).toBeVisible();
  const callCase = (await page.getByTestId('case-number-big').textContent()) ?? '';
  await page.keyboard.press('Alt+K');
  const sideList = page.getByTestId('call-history').getByTestId('case-list');
  await expect(sideList).toBeFocused();
  for (let i = 0; i < 3 && (await sideList.locator('[aria-selected="true"]').getAttribute('data-case-number')) !== callCase; i++) {
    await page.keyboard.press('ArrowDown');
  }
  await expect(sideList.locator('[aria-selected="true"]')).toHaveAttribute('data-case-number', callCase);
  await page.keyboard.press('Enter');
  await expect(dialog).toContainText(callCase);
  await page.keyboard.press('Tab');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Replacement router sent; engineer visit if it drops again');
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  const side = sideList.locator(`[data-testid="case"][data-case-number="${callCase}"]`);
  await expect(side.getByTestId('case-subject')).toHaveText('Replacement router sent; engineer visit if it drops again');
  await expect(page.getByTestId('call-case')).toContainText('Replacement router sent; engineer visit if it drops again');
  // Alt+N goes straight back to the notes.
  await page.keyboard.press('Alt+N');
  await expect(page.getByTestId('note-input')).toBeFocused();

  const stored = app.backend.dispatch('cases.get', { caseId: seeded.routerCase.id });
  expect(stored.ok && stored.value).toMatchObject({ case: { status: 'resolved' }, conflicts: [] });
  expect(errors).toEqual([]);
});
