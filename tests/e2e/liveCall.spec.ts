import type { CallSnapshot } from '../../core/api/schemas/call.js';
import { callView } from '../../core/call/view.js';
import { clockSeconds, openApp, popNumber } from './callHelpers.js';
import { expect, test } from './fixtures.js';
import { seedKnownCaller } from './seed.js';

test.use({ manualClock: true });

// The live call end to end, from the keyboard alone, against the real backend and store:
// a known caller, the call started from the screen pop, HEARD ticked, a note, the moods, a
// hold with permission that passes its check-in (the backend's timer, on a manual clock),
// the closing checklist, a promise, the wrap-up; then the call in the caller's history.

test('a complete call with the keyboard alone', async ({ page, app }) => {
  const seeded = seedKnownCaller(app);
  const errors = await openApp(page, app.url);
  await popNumber(page, '415.555.2671');

  // Start: the repeat case is offered first; Enter takes it.
  await page.keyboard.press('Alt+S');
  const start = page.getByTestId('start-call');
  await expect(start).toBeVisible();
  await expect(start.getByTestId('start-case').locator('[aria-checked="true"]')).toContainText(seeded.refundCase.subject);
  await page.keyboard.press('Enter');
  const screen = page.getByTestId('call-screen');
  await expect(screen).toBeVisible();
  const callId = (await screen.getAttribute('data-call-id')) ?? '';
  await expect(page.getByTestId('case-number-big')).toHaveText(seeded.refundCase.number);
  // The caller's history stays beside the call.
  await expect(page.getByTestId('call-history').getByTestId('call')).toHaveCount(3);
  await expect(page.getByTestId('script-name')).toHaveText('HEARD');

  // Mood at the start: angry (3). The panel suggests the irate sequence.
  await page.keyboard.press('Alt+O');
  await page.keyboard.press('3');
  await expect(page.getByTestId('mood-start')).toHaveAttribute('data-mood', 'angry');
  await expect(page.getByTestId('suggest-irate')).toBeVisible();

  // Hear: a note while they talk, then the steps ticked without leaving the notes box.
  await page.keyboard.press('Alt+N');
  await expect(page.getByTestId('note-input')).toBeFocused();
  await page.keyboard.type('Refund of $212.40 for order #4471 still not on her card; third call.');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('live-note')).toHaveCount(1);
  await expect(page.getByTestId('note-input')).toHaveValue('');
  for (const key of ['1', '2', '3']) await page.keyboard.press(`Alt+${key}`);
  await expect(page.locator('[data-testid="step"][data-done="true"]')).toHaveCount(3);
  await expect(page.locator('[data-testid="step"][data-current="true"]')).toHaveAttribute('data-step-id', 'resolve');
  // Revisit: untick and tick again.
  await page.keyboard.press('Alt+2');
  await expect(page.locator('[data-step-id="empathize"]')).toHaveAttribute('data-done', 'false');
  await page.keyboard.press('Alt+2');
  await expect(page.locator('[data-step-id="empathize"]')).toHaveAttribute('data-done', 'true');
  await expect(page.getByTestId('note-input')).toBeFocused();

  // Hold: ask, the caller says yes, the hold starts.
  await page.keyboard.press('Alt+H');
  await expect(page.getByTestId('hold-ask')).toBeFocused();
  await page.keyboard.press('y');
  await expect(page.getByTestId('hold-on')).toBeVisible();
  await expect(page.getByTestId('hold-without-permission')).toHaveCount(0);
  await expect(page.getByTestId('hold-prompt')).toHaveCount(0);

  // The backend's timer passes the first check-in: the prompt, with the phrase to say.
  app.advance(31_000);
  const prompt = page.getByTestId('hold-prompt');
  await expect(prompt).toHaveAttribute('data-level', 'due');
  await expect(page.getByTestId('hold-prompt-phrase')).toContainText('Sorry for the delay');
  // 31 s of backend time; on a frozen test clock the events before the hold borrow a few ms
  // each (the log stays strictly ordered), so the timer may read 0:30.
  expect(clockSeconds(await page.getByTestId('hold-timer').innerText())).toBeGreaterThanOrEqual(30);

  // Check in (one key), then resume (one key).
  await page.keyboard.press('Alt+C');
  await expect(prompt).toHaveCount(0);
  await page.keyboard.press('Alt+H');
  await expect(page.getByTestId('hold-on')).toHaveCount(0);
  await expect(page.getByTestId('hold-count')).toHaveText('1');
  await expect(page.getByTestId('hold-checkins')).toHaveText('1 on time, 0 late');
  await page.keyboard.press('Alt+4');

  // A promise, due this afternoon or tomorrow (choice 2), owned by the rep.
  await page.keyboard.press('Alt+P');
  await expect(page.getByTestId('promise-description')).toBeFocused();
  await page.keyboard.type('Call Maria back today with the finance answer');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('promise-owner')).toHaveValue('Dana Rep');
  await page.keyboard.press('Tab');
  await page.keyboard.press('2');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('promise-dialog')).toHaveCount(0);
  await expect(page.getByTestId('call-promise')).toHaveCount(1);

  // Closing: Alt+L, then each item's letter.
  await page.keyboard.press('Alt+L');
  await expect(page.getByTestId('closing')).toBeFocused();
  for (const letter of ['a', 'w', 'r', 'c', 'p', 't']) await page.keyboard.press(letter);
  await expect(page.locator('[data-testid="closing-item"][data-done="true"]')).toHaveCount(6);
  await page.keyboard.press('Alt+Y');
  await expect(page.getByTestId('copy-outcome')).toBeVisible();

  // Wrap-up: resolved (1), billing (3) with a note, calm at the end (1), a summary.
  await page.keyboard.press('Alt+W');
  await expect(page.getByTestId('wrapup-dialog')).toBeVisible();
  await expect(page.getByTestId('wrapup-missing')).toHaveCount(0);
  await page.keyboard.press('1');
  await page.keyboard.press('Tab');
  await page.keyboard.press('3');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Refund stuck in finance queue');
  await page.keyboard.press('Tab');
  await page.keyboard.press('1');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Refund chased with finance; Maria gets a call back today.');
  await page.keyboard.press('Enter');

  // Back on the caller's history, which now holds this call.
  await expect(page.getByTestId('history')).toBeVisible();
  await expect(page.getByTestId('call-saved')).toBeVisible();
  await expect(page.getByTestId('calling-number')).toContainText('(415) 555-2671');
  const latest = page.getByTestId('call').first();
  await expect(latest.getByTestId('call-rep')).toHaveText('Dana Rep');
  await expect(latest.getByTestId('call-disposition')).toHaveText('Resolved');
  await expect(latest.getByTestId('call-mood')).toContainText('Angry');
  await expect(latest.getByTestId('call-mood')).toContainText('Calm');
  await expect(latest.getByTestId('call-summary')).toContainText('Refund chased with finance');
  await expect(latest.getByTestId('call-note')).toContainText('third call');
  await expect(page.getByTestId('commitment').filter({ hasText: 'Call Maria back today with the finance answer' })).toContainText('Dana Rep');

  // The log, in order, as the backend kept it.
  const got = app.backend.dispatch('call.get', { callId });
  expect(got.ok).toBe(true);
  const view = got.ok ? callView(got.value as CallSnapshot) : null;
  const types = (view?.events ?? []).map((e) => e.type).filter((t) => t !== 'hold.checkin_due');
  expect(types).toEqual([
    'call.started',
    'mood.set',
    'note.added',
    'step.checked',
    'step.checked',
    'step.checked',
    'step.unchecked',
    'step.checked',
    'hold.permission_asked',
    'hold.permission_answered',
    'hold.started',
    'hold.checkin_done',
    'hold.ended',
    'step.checked',
    'commitment.made',
    'closing.ticked',
    'closing.ticked',
    'closing.ticked',
    'closing.ticked',
    'closing.ticked',
    'closing.ticked',
    'mood.set',
    'step.checked',
    'disposition.set',
    'call.ended',
  ]);
  const times = (view?.events ?? []).map((e) => e.at);
  expect(times).toEqual([...times].sort((a, b) => a - b));
  expect(view?.state.endedAt).not.toBeNull();
  expect(errors).toEqual([]);
});
