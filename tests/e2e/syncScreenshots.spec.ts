import type { Page } from '@playwright/test';
import { openApp } from './callHelpers.js';
import { expect, startDesk, test } from './fixtures.js';
import { startSyncServer } from './syncServer.js';
import { createCaller, enrolDesk, pill, popWhenKnown, setCaseStatus, shoot, submitEnrolment, syncNow, takeCall, togglePaused, waiting } from './syncHelpers.js';

// Pictures of sync on the desk, the same pattern as screenshots.spec.ts: every run keeps
// them in the test's output folder; with HEARD_SCREENSHOTS=1 they also refresh
// docs/screenshots/sync-*.png and case-*.png:
//   HEARD_SCREENSHOTS=1 npx playwright test tests/e2e/syncScreenshots.spec.ts

const NUMBER = '(303) 555-0142';

/** The header's right end: the sync pill (and the practice marker) in its real surroundings. */
const shootPill = (page: Page, name: string) => shoot(page.locator('.topbar-end'), name);

/** Blurs the field being typed in (the caret blinks) unless the picture is about focus. */
const blur = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur?.());

test('screenshots of sync: the pill, the panel, refused changes, a case edited on two desks', async ({ context }) => {
  test.setTimeout(180_000);
  const server = await startSyncServer();
  const desks = await Promise.all([
    startDesk({ repName: 'Ana Ruiz' }),
    startDesk({ repName: 'Ben Okafor' }),
    startDesk({ repName: 'Quinn Auditor' }),
    startDesk({ repName: 'Tess Trainee' }),
  ]);
  const [a, b, q, t] = desks;
  try {
    const [pageA, pageB, pageQ, pageT] = await Promise.all(desks.map(() => context.newPage()));
    for (const page of [pageA!, pageB!, pageQ!, pageT!]) await page.setViewportSize({ width: 1440, height: 900 });
    await openApp(pageA!, a!.url);
    await openApp(pageB!, b!.url);
    await openApp(pageQ!, q!.url);
    await openApp(pageT!, t!.url);

    // Not enrolled: the pill, then the form with the server's answer to a wrong code.
    await shootPill(pageA!, 'sync-pill-not-enrolled');
    await submitEnrolment(pageA!, server.url, 'WRONG-CODE-0000', 'Desk A');
    await expect(pageA!.getByTestId('enrol-error')).toBeVisible();
    await blur(pageA!);
    await shoot(pageA!, 'sync-panel-enrol');
    await pageA!.getByTestId('enrol-code').focus();

    await submitEnrolment(pageA!, server.url, await server.code('Ana Ruiz'), 'Desk A');
    await expect(pageA!.getByTestId('enrol-success')).toBeVisible();
    await pageA!.keyboard.press('Escape');
    await enrolDesk(pageB!, server.url, await server.code('Ben Okafor'), 'Desk B');
    await expect(pill(pageA!)).toContainText('Synced');
    await shootPill(pageA!, 'sync-pill-synced');

    // A caller and a call on desk A, seen on desk B.
    await createCaller(pageA!, NUMBER, 'Priya Natarajan');
    await takeCall(pageA!, { newCase: 'Router replaced, still drops every evening' }, 'Second router, same drops after 8 pm.');
    await expect.poll(() => waiting(pageA!)).toBe(0);
    await syncNow(pageB!);
    await popWhenKnown(pageB!, NUMBER, 'Priya Natarajan');

    // Desk A works offline and sets the case pending: the pill and the panel say what waits.
    await togglePaused(pageA!);
    await setCaseStatus(pageA!, '2', 'Pending');
    await takeCall(pageA!, { key: '1' }, 'Caller asks when the engineer comes.');
    await expect(pill(pageA!)).toContainText('waiting');
    await shootPill(pageA!, 'sync-pill-paused');
    await pageA!.keyboard.press('Alt+U');
    await expect(pageA!.getByTestId('sync-details')).toBeVisible();
    await blur(pageA!);
    await shoot(pageA!, 'sync-panel');
    // Blurred for the picture, so Esc would not reach the panel: Alt+U closes it too.
    await pageA!.keyboard.press('Alt+U');
    await expect(pageA!.getByTestId('sync-panel')).toHaveCount(0);

    // Desk B sets it resolved, later, in the case edit dialog.
    await pageB!.keyboard.press('Alt+K');
    await pageB!.keyboard.press('Enter');
    await pageB!.keyboard.press('4');
    await expect(pageB!.getByTestId('case-edit-status').locator('[aria-checked="true"]')).toContainText('Resolved');
    await shoot(pageB!, 'case-edit');
    await pageB!.keyboard.press('Enter');
    await expect(pageB!.getByTestId('case-edit-dialog')).toHaveCount(0);
    await expect.poll(() => waiting(pageB!)).toBe(0);

    // A resumes: both desks show the concurrent edit beside the case.
    await togglePaused(pageA!);
    await expect.poll(() => waiting(pageA!)).toBe(0);
    await expect(pageA!.getByTestId('case-conflict')).toBeVisible();
    await blur(pageA!);
    await shoot(pageA!, 'case-conflict');
    // Beside the softphone: the pill shares the first line with the name (output folder only).
    await pageA!.setViewportSize({ width: 960, height: 800 });
    await pageA!.screenshot({ path: test.info().outputPath('case-conflict-narrow.png') });
    await pageA!.setViewportSize({ width: 1440, height: 900 });

    // A QA supervisor's desk writes a customer: refused, and asked to be reviewed.
    await enrolDesk(pageQ!, server.url, await server.code('Quinn Auditor', 'qa', 'north'), 'QA desk');
    await createCaller(pageQ!, '(720) 555-0123', 'Rosa Delgado');
    await expect(pill(pageQ!)).toContainText('refused — review');
    await shootPill(pageQ!, 'sync-pill-refused');
    await pill(pageQ!).click();
    await expect(pageQ!.getByTestId('sync-rejection')).toHaveCount(1);
    await blur(pageQ!);
    await shoot(pageQ!, 'sync-panel-refused');

    // A trainee's desk says it is for practice.
    await enrolDesk(pageT!, server.url, await server.code('Tess Trainee', 'trainee', 'north'), 'Training room 2');
    await expect(pageT!.getByTestId('practice-marker')).toBeVisible();
    await shootPill(pageT!, 'sync-pill-practice');

    // The server goes away: desk A keeps working, offline, with the error in the panel.
    await server.close();
    await setCaseStatus(pageA!, '3', 'Escalated');
    await expect(pill(pageA!)).toHaveAttribute('data-state', 'offline');
    await shootPill(pageA!, 'sync-pill-offline');
    await pageA!.keyboard.press('Alt+U');
    await expect(pageA!.getByTestId('sync-last-error')).toBeVisible();
    await blur(pageA!);
    await shoot(pageA!, 'sync-panel-offline');
  } finally {
    for (const desk of desks) await desk.close();
    await server.close();
  }
});
