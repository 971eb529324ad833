import { describe, expect, it } from 'vitest';
import type { WireEvent } from '../../../../core/api/client.js';
import { HOLD_PHRASES } from '../../../../core/call/holdPhrases.js';
import { callNeedingName, notificationFor, notificationWithName } from '../../../../electron/main/notifications.js';

const CALL = '019a9b4e-0000-7000-8000-000000000001';
const prompt = (kind: 'checkin_due' | 'checkin_late' | 'offer_callback'): WireEvent => ({
  event: 'hold.prompt',
  payload: { callId: CALL, kind, checkinNumber: kind === 'offer_callback' ? null : 1, dueAt: 30_000, firedAt: 30_000 },
});
const due: WireEvent = {
  event: 'commitment.due',
  payload: {
    commitment: {
      id: '019a9b4e-0000-7000-8000-0000000000c1',
      customerId: CALL,
      caseId: null,
      caseNumber: 'HRD-7K4Q-M2X9',
      description: 'Call back with the refund status',
      owner: 'Priya Shah',
      dueAt: 1,
      status: 'open',
      overdue: false,
      customerName: 'Maria Gonzalez',
    },
  },
};

describe('OS notifications for the backend timers', () => {
  it('says what to do on each hold prompt, naming the caller, and escalates a late check-in', () => {
    expect(notificationFor(prompt('checkin_due'), 'Maria Gonzalez')).toEqual({ title: 'Check in with Maria Gonzalez now', body: HOLD_PHRASES.checkin, urgency: 'normal', tag: `hold-${CALL}` });
    expect(notificationFor(prompt('checkin_late'), 'Maria Gonzalez')).toMatchObject({ title: 'LATE: check in with Maria Gonzalez', urgency: 'critical', tag: `hold-${CALL}` });
    expect(notificationFor(prompt('offer_callback'))).toMatchObject({ title: 'Offer the caller a callback', body: HOLD_PHRASES.callback });
  });

  it('names the promise, its owner and case when one falls due', () => {
    expect(notificationFor(due)).toEqual({
      title: 'Promise due: Maria Gonzalez',
      body: 'Call back with the refund status (Priya Shah, case HRD-7K4Q-M2X9)',
      urgency: 'normal',
      tag: 'commitment-019a9b4e-0000-7000-8000-0000000000c1',
    });
  });

  it('shows nothing for other events or payloads that do not parse', () => {
    expect(notificationFor({ event: 'call.changed', payload: { callId: CALL } })).toBeNull();
    expect(notificationFor({ event: 'screenPop.requested', payload: { number: '+1', source: 'link' } })).toBeNull();
    expect(notificationFor({ event: 'hold.prompt', payload: { callId: 'x' } })).toBeNull();
    expect(callNeedingName({ event: 'hold.prompt', payload: null })).toBeNull();
    expect(callNeedingName(due)).toBeNull();
  });

  it('looks the caller up for a hold prompt, and still notifies when the lookup fails', async () => {
    expect(callNeedingName(prompt('checkin_due'))).toBe(CALL);
    const asked: string[] = [];
    expect(await notificationWithName(prompt('checkin_due'), async (id) => (asked.push(id), 'Ann Lee'))).toMatchObject({ title: 'Check in with Ann Lee now' });
    expect(asked).toEqual([CALL]);
    expect(await notificationWithName(prompt('checkin_late'), () => Promise.reject(new Error('backend down')))).toMatchObject({ title: 'LATE: check in with the caller' });
    expect(await notificationWithName(due, () => Promise.reject(new Error('not asked')))).toMatchObject({ title: 'Promise due: Maria Gonzalez' });
  });
});
