import { describe, expect, expectTypeOf, it } from 'vitest';
import { CALL_EVENT_TYPES, CallEvent, type CallEventType } from '../../../../core/call/index.js';
import { CALL_ID, CUSTOMER_ID, T0, uuid } from './builders.js';

const head = { id: uuid(1), callId: CALL_ID, at: T0 };

describe('call event schemas', () => {
  it('lists every event type once', () => {
    expect(new Set(CALL_EVENT_TYPES).size).toBe(CALL_EVENT_TYPES.length);
    expect(CALL_EVENT_TYPES).toHaveLength(23);
    expectTypeOf<(typeof CALL_EVENT_TYPES)[number]>().toEqualTypeOf<CallEventType>();
  });

  it('parses a valid event and strips unknown keys (a newer client\'s log still reads)', () => {
    const raw = { ...head, type: 'call.started', customerId: CUSTOMER_ID, caseId: null, phone: '+14155552671', direction: 'inbound', repName: 'Sam', scriptId: 'heard', extra: 1 };
    const parsed = CallEvent.parse(raw);
    expect(parsed.type).toBe('call.started');
    expect('extra' in parsed).toBe(false);
  });

  it('refuses bad ids, negative times, unknown types and wrong fields', () => {
    expect(CallEvent.safeParse({ ...head, id: 'nope', type: 'call.ended' }).success).toBe(false);
    expect(CallEvent.safeParse({ ...head, at: -1, type: 'call.ended' }).success).toBe(false);
    expect(CallEvent.safeParse({ ...head, type: 'call.paused' }).success).toBe(false);
    expect(CallEvent.safeParse({ ...head, type: 'hold.checkin_due', n: 0 }).success).toBe(false);
    expect(CallEvent.safeParse({ ...head, type: 'mood.set', phase: 'middle', mood: 'calm' }).success).toBe(false);
    expect(CallEvent.safeParse({ ...head, type: 'closing.ticked', item: 'smiled' }).success).toBe(false);
    expect(CallEvent.safeParse({ ...head, type: 'closing.override', missing: [], reason: 'x' }).success).toBe(false);
    expect(CallEvent.safeParse({ ...head, type: 'commitment.made', commitmentId: uuid(2), description: 'Call back', owner: '  ', dueAt: T0 }).success).toBe(false);
    expect(CallEvent.safeParse({ ...head, type: 'disposition.set', disposition: 'resolved', rootCause: { category: 'Billing', note: '' }, summary: '' }).success).toBe(false);
    expect(CallEvent.safeParse({ ...head, type: 'note.added', noteId: uuid(3), body: '' }).success).toBe(false);
  });
});
