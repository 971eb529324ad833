import { describe, expect, it } from 'vitest';
import { holdAlert, holdAlertKey, holdNow } from '../../../../../../renderer/features/call/hold/holdNow.js';
import { CALL_ID, startedLog, T0, viewOf } from '../../../callViews.js';

const S = 1000;

function onHold(withPermission = true) {
  const log = startedLog().at(5 * S);
  if (withPermission) log.add('hold.permission_asked').at(6 * S).add('hold.permission_answered', { granted: true });
  return log.at(10 * S).add('hold.started', { withPermission });
}

describe('the hold at a moment, from the last CallView', () => {
  it('times the hold from its start on the backend clock, whenever the view was made', () => {
    const view = viewOf(onHold().events, T0 + 12 * S);
    expect(holdNow(view, T0 + 12 * S)).toMatchObject({ onHold: true, startedAt: T0 + 10 * S, elapsedMs: 2 * S, prompt: 'none' });
    // A view made long ago still times correctly: it is the start that counts (a reload).
    expect(holdNow(view, T0 + 35 * S).elapsedMs).toBe(25 * S);
  });

  it('re-judges the deadlines as time passes: due at 30 s, escalated 15 s later', () => {
    const view = viewOf(onHold().events, T0 + 11 * S);
    expect(holdNow(view, T0 + 39 * S)).toMatchObject({ prompt: 'none', dueInMs: 1 * S, checkinNumber: 1 });
    expect(holdNow(view, T0 + 40 * S)).toMatchObject({ prompt: 'due', dueInMs: 0 });
    expect(holdNow(view, T0 + 55 * S)).toMatchObject({ prompt: 'escalated', dueInMs: -15 * S });
  });

  it('never shows less urgency than the backend saw (a local clock behind the view)', () => {
    const view = viewOf(onHold().events, T0 + 60 * S);
    expect(holdNow(view, T0 + 20 * S).prompt).toBe('escalated');
  });

  it('moves the next check-in after a check-in, and counts it on time', () => {
    const events = onHold().at(42 * S).add('hold.checkin_done').events;
    const view = viewOf(events, T0 + 43 * S);
    const h = holdNow(view, T0 + 43 * S);
    expect(h).toMatchObject({ prompt: 'none', checkinNumber: 2, dueInMs: 44 * S });
    expect(h.stats.checkinsOnTime).toBe(1);
  });

  it('offers a callback once two minutes of hold have passed in total, and stops once offered', () => {
    const view = viewOf(onHold().events, T0 + 20 * S);
    expect(holdNow(view, T0 + 129 * S).callback).toBe('none');
    expect(holdNow(view, T0 + 130 * S).callback).toBe('offer');
    const offered = viewOf(onHold().at(131 * S).add('hold.callback_offered').events, T0 + 131 * S);
    expect(holdNow(offered, T0 + 140 * S).callback).toBe('offered');
  });

  it('grows the totals of an open hold and marks a hold without permission', () => {
    const view = viewOf(onHold(false).events, T0 + 20 * S);
    const h = holdNow(view, T0 + 50 * S);
    expect(h.withPermission).toBe(false);
    expect(h.stats).toMatchObject({ count: 1, totalMs: 40 * S, longestMs: 40 * S, withoutPermission: 1 });
  });

  it('says where the permission question stands before a hold', () => {
    const asked = startedLog().at(5 * S).add('hold.permission_asked');
    expect(holdNow(viewOf(asked.events, T0 + 6 * S), T0 + 6 * S).permission).toBe('asked');
    asked.at(7 * S).add('hold.permission_answered', { granted: false });
    expect(holdNow(viewOf(asked.events, T0 + 8 * S), T0 + 8 * S).permission).toBe('declined');
    expect(holdNow(viewOf(startedLog().events, T0), T0).permission).toBe('none');
    // Spent by the hold it allowed.
    expect(holdNow(viewOf(onHold().events, T0 + 11 * S), T0 + 11 * S).permission).toBe('none');
  });

  it('names each alert once per hold and check-in, so the push and the tick never both sound', () => {
    const view = viewOf(onHold().events, T0 + 11 * S);
    expect(holdAlert(view, holdNow(view, T0 + 20 * S))).toBeNull();
    expect(holdAlert(view, holdNow(view, T0 + 41 * S))).toEqual({ kind: 'checkin_due', key: holdAlertKey(CALL_ID, T0 + 10 * S, 'checkin_due', 1) });
    expect(holdAlert(view, holdNow(view, T0 + 56 * S))?.kind).toBe('checkin_late');
    expect(holdAlertKey(CALL_ID, 1, 'checkin_due', 1)).not.toBe(holdAlertKey(CALL_ID, 2, 'checkin_due', 1));
    const ended = viewOf(onHold().at(20 * S).add('hold.ended').events, T0 + 20 * S);
    expect(holdAlert(ended, holdNow(ended, T0 + 200 * S))).toBeNull();
  });
});
