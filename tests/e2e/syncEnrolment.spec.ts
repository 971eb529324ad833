import { openApp } from './callHelpers.js';
import { expect, test } from './fixtures.js';
import { startSyncServer } from './syncServer.js';
import { createCaller, enrolDesk, pill, submitEnrolment, waiting } from './syncHelpers.js';

// The sync panel's settings against a real server on 127.0.0.1: enrolment refused and
// accepted, signing out with work still waiting, and a change the server refuses for the
// user's role, which the rep must see with its reason (issue 4: never silently dropped).

test('a wrong code is refused inline and writes nothing; the right code enrols; signing out warns of unsent work', async ({ page, app }) => {
  const server = await startSyncServer();
  try {
    const errors = await openApp(page, app.url);
    await expect(pill(page)).toHaveAttribute('data-state', 'not_enrolled');

    // Empty fields are named where they are, before anything is sent.
    await page.keyboard.press('Alt+U');
    await expect(page.getByTestId('enrol-serverUrl')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('enrol-serverUrl-error')).toHaveText('Enter the server address.');
    await expect(page.getByTestId('enrol-code-error')).toHaveText('Enter the enrolment code.');
    await expect(page.getByTestId('enrol-deviceName-error')).toHaveText('Name this desk.');

    // A wrong code: the server's own words under the form; nothing written on either side.
    await submitEnrolment(page, server.url, 'WRONG-CODE-0000', 'Front desk 3');
    await expect(page.getByTestId('enrol-error')).toHaveText('This enrolment code is not valid. Check it, or ask an admin for a new one.');
    await expect(page.getByTestId('enrol-submit')).toBeEnabled();
    await expect(page.getByTestId('enrol-code')).toHaveValue('WRONG-CODE-0000');
    await expect(pill(page)).toHaveAttribute('data-state', 'not_enrolled');
    expect(await server.count('devices')).toBe(0);
    const refused = app.backend.dispatch('sync.status', {});
    expect(refused.ok && refused.value).toMatchObject({ state: 'not_enrolled', server: null, user: null });

    // The right code: enrolled; the panel shows the server, the user and this desk.
    await submitEnrolment(page, server.url, await server.code('Dana Rep', 'rep', 'north'), 'Front desk 3');
    await expect(page.getByTestId('enrol-success')).toContainText('Dana Rep');
    await expect(page.getByTestId('sync-server')).toHaveText(server.url);
    await expect(page.getByTestId('sync-user')).toContainText('Dana Rep · Rep · team north');
    await expect(page.getByTestId('sync-device')).toContainText('Front desk 3');
    await expect(page.getByTestId('sync-state')).toHaveAttribute('data-state', 'online');
    expect(await server.count('devices')).toBe(1);
    await page.keyboard.press('Escape');

    // The server goes away: work goes on, and the pill counts what waits.
    await server.close();
    await createCaller(page, '(720) 555-0199', 'Tomasz Nowak');
    await expect(pill(page)).toHaveAttribute('data-state', 'offline');
    await expect.poll(() => waiting(page)).toBeGreaterThan(0);
    await expect(pill(page)).toContainText(/^Offline · \d+ waiting · oldest /);
    const held = await waiting(page);

    // Sign out (X): warned that the waiting changes stay here; Enter confirms.
    await page.keyboard.press('Alt+U');
    await expect(page.getByTestId('sync-last-error')).toContainText('cannot be reached');
    await page.keyboard.press('x');
    await expect(page.getByTestId('sign-out-confirm')).toBeVisible();
    await expect(page.getByTestId('sign-out-waiting')).toContainText(`${held} change${held === 1 ? '' : 's'} not sent yet`);
    await expect(page.getByTestId('sign-out-waiting')).toContainText('sent after the next enrolment');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('enrol-form')).toBeVisible();
    await expect(pill(page)).toHaveAttribute('data-state', 'not_enrolled');
    await expect(pill(page)).toContainText(`Not connected to a server · ${held} not sent`);
    const after = app.backend.dispatch('sync.status', {});
    expect(after.ok && after.value).toMatchObject({ state: 'not_enrolled', user: null, waiting: held });
    expect(errors).toEqual([]);
  } finally {
    await server.close();
  }
});

test('a change the server refuses shows in the pill and in the panel with its reason', async ({ page, app }) => {
  const server = await startSyncServer();
  try {
    const errors = await openApp(page, app.url);
    // A QA supervisor's desk: QA scores calls and never writes customers.
    await enrolDesk(page, server.url, await server.code('Quinn Auditor', 'qa', 'north'), 'QA desk');
    await expect(pill(page)).toContainText('Synced');
    await createCaller(page, '(720) 555-0123', 'Rosa Delgado');

    await expect(pill(page)).toHaveAttribute('data-rejected', '1');
    await expect(pill(page)).toHaveAttribute('data-tone', 'warn');
    await expect(pill(page)).toContainText('⚠ 1 refused — review');
    await expect.poll(() => waiting(page)).toBe(0);

    // A click on the pill opens the panel at the list, with what the change was and why.
    await pill(page).click();
    const rejection = page.getByTestId('sync-rejection');
    await expect(rejection).toHaveCount(1);
    await expect(rejection.getByTestId('sync-rejection-summary')).toHaveText('Customer “Rosa Delgado”');
    await expect(rejection.getByTestId('sync-rejection-reason')).toContainText('forbidden');
    await page.keyboard.press('Escape');

    // Seen: the pill still counts it, without asking for a review again.
    await expect(pill(page)).toContainText('1 refused');
    await expect(pill(page)).not.toContainText('review');
    await expect(pill(page)).toHaveAttribute('data-tone', 'ok');
    // The desk keeps the customer: refused by the server is not deleted here.
    await expect(page.getByTestId('customer-name')).toHaveText('Rosa Delgado');
    expect(errors).toEqual([]);
  } finally {
    await server.close();
  }
});
