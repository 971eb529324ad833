import { openApp } from './callHelpers.js';
import { expect, startDesk, test } from './fixtures.js';
import { startSyncServer } from './syncServer.js';
import { createCaller, enrolDesk, pill, popWhenKnown, setCaseStatus, syncNow, takeCall, togglePaused, waiting } from './syncHelpers.js';

// Issue 4's "done when", through the UI of two desks: a real server on 127.0.0.1, two
// browser-mode desks with their own stores, both enrolled with one-time codes. Desk A
// creates a caller and takes a call; desk B sees them. A works offline; both set the same
// case's status (B later) and take a call; A resumes; both see everything, and the case
// says it was edited on two desks at once, on both desks.

const NUMBER = '(303) 555-0142';
const CALLER = 'Priya Natarajan';

test('two desks and a server: one goes offline, both edit the same case and take calls, both see everything', async ({ context }) => {
  test.setTimeout(120_000);
  const server = await startSyncServer();
  const a = await startDesk({ repName: 'Ana Ruiz' });
  const b = await startDesk({ repName: 'Ben Okafor' });
  try {
    const pageA = await context.newPage();
    const pageB = await context.newPage();
    const errorsA = await openApp(pageA, a.url);
    const errorsB = await openApp(pageB, b.url);
    await expect(pill(pageA)).toHaveAttribute('data-state', 'not_enrolled');
    await expect(pill(pageA)).toContainText('Not connected to a server');

    // Both enrol through the panel with the codes an admin made.
    await enrolDesk(pageA, server.url, await server.code('Ana Ruiz'), 'Desk A');
    await enrolDesk(pageB, server.url, await server.code('Ben Okafor'), 'Desk B');
    for (const page of [pageA, pageB]) {
      await expect(pill(page)).toHaveAttribute('data-state', 'online');
      await expect(pill(page)).toContainText('Synced');
    }

    // Desk A: a new caller and a call on a new case; it leaves for the server by itself.
    await createCaller(pageA, NUMBER, CALLER);
    await takeCall(pageA, { newCase: 'Router replaced, still drops every evening' }, 'Second router, same drops after 8 pm.');
    await expect.poll(() => waiting(pageA)).toBe(0);
    await expect(pill(pageA)).toContainText('Synced');

    // Desk B: after a sync, the caller, the case and the call are there.
    await syncNow(pageB);
    await popWhenKnown(pageB, NUMBER, CALLER);
    await expect(pageB.getByTestId('case')).toHaveCount(1);
    await expect(pageB.getByTestId('case-subject')).toHaveText('Router replaced, still drops every evening');
    await expect(pageB.getByTestId('call')).toHaveCount(1);
    await expect(pageB.getByTestId('call-rep')).toHaveText('Ana Ruiz');

    // Desk A works offline and sets the case pending; the pill says what waits there.
    await togglePaused(pageA);
    await expect(pill(pageA)).toHaveAttribute('data-state', 'paused');
    await setCaseStatus(pageA, '2', 'Pending');
    await expect.poll(() => waiting(pageA)).toBeGreaterThan(0);
    await expect(pill(pageA)).toContainText('Working offline');
    await expect(pill(pageA)).toContainText(/\d+ waiting · oldest/);

    // Desk B, online, sets it resolved, later; it reaches the server at once.
    await setCaseStatus(pageB, '4', 'Resolved');
    await expect.poll(() => waiting(pageB)).toBe(0);

    // Both take a call while apart: A on the case, B about nothing in particular.
    await takeCall(pageA, { key: '1' }, 'Caller asks when the engineer comes.');
    await takeCall(pageB, { key: '0' }, 'Quick question about the bill date.');
    await expect(pill(pageA)).toHaveAttribute('data-state', 'paused');
    await expect(pageA.getByTestId('call')).toHaveCount(2);

    // A resumes: it sends what waited and takes B's work; the pill goes back to Synced.
    await togglePaused(pageA);
    await expect.poll(() => waiting(pageA)).toBe(0);
    await expect(pill(pageA)).toHaveAttribute('data-state', 'online');
    await expect(pill(pageA)).toContainText('Synced');
    await syncNow(pageB);

    // Both desks: the three calls, the later status, and the concurrent edit shown.
    for (const page of [pageA, pageB]) {
      const history = page.getByTestId('history');
      await expect(history.getByTestId('call')).toHaveCount(3);
      // Newest first; A's offline call and B's call are ordered by when each started.
      await expect.poll(async () => (await history.getByTestId('call-rep').allInnerTexts()).sort()).toEqual(['Ana Ruiz', 'Ana Ruiz', 'Ben Okafor']);
      await expect(history.getByTestId('case-status')).toHaveText('Resolved');
      const conflict = history.getByTestId('case-conflict');
      await expect(conflict).toContainText('Edited on two desks at once');
      await expect(conflict).toContainText('status kept ‘Resolved’ (Ben Okafor,');
      await expect(conflict).toContainText('also set ‘Pending’ (Ana Ruiz,');
    }
    expect(errorsA).toEqual([]);
    expect(errorsB).toEqual([]);
  } finally {
    await a.close();
    await b.close();
    await server.close();
  }
});
