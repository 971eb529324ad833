import { describe, expect, it } from 'vitest';
import { callEventRows, callLogVersion, insertCallEvent } from '../../../../db/tables/callEvents.js';
import { writeTransaction } from '../../../../db/transaction.js';
import { addCustomer, id, NOW, tempStore } from '../helpers.js';
import { saveCall } from '../save.js';

function storeWithCall() {
  const db = tempStore();
  const customerId = addCustomer(db, 'Ann Lee', ['+14155552671']);
  const callId = id();
  saveCall(db, { id: callId, customerId, caseId: null, phone: '+14155552671', direction: 'inbound', repName: 'Dana', startedAt: NOW });
  return { db, callId };
}

describe('insertCallEvent', () => {
  it('stores the payload as JSON text and reads the log back in (at, id) order', () => {
    const { db, callId } = storeWithCall();
    const [a, b, c] = [id(), id(), id()];
    writeTransaction(db, (w) => {
      insertCallEvent(w, { id: c, callId, at: NOW + 2, type: 'call.ended' });
      insertCallEvent(w, { id: b, callId, at: NOW + 1, type: 'mood.set', payload: { phase: 'start', mood: 'calm' } });
      insertCallEvent(w, { id: a, callId, at: NOW + 1, type: 'step.checked', payload: { stepId: 'hear' } });
    });
    expect(callEventRows(db, callId)).toEqual([
      { at: NOW + 1, id: a, type: 'step.checked', payload: '{"stepId":"hear"}' },
      { at: NOW + 1, id: b, type: 'mood.set', payload: '{"phase":"start","mood":"calm"}' },
      { at: NOW + 2, id: c, type: 'call.ended', payload: '{}' },
    ]);
    expect(callLogVersion(db, callId)).toEqual({ count: 3, lastAt: NOW + 2 });
  });

  it('refuses an event already logged, unless asked to merge (ifNew), which keeps the first', () => {
    const { db, callId } = storeWithCall();
    const event = { id: id(), callId, at: NOW, type: 'note.added', payload: { body: 'first' } };
    writeTransaction(db, (w) => insertCallEvent(w, event));
    expect(() => writeTransaction(db, (w) => insertCallEvent(w, { ...event, payload: { body: 'again' } }))).toThrow(/UNIQUE|PRIMARY KEY/);
    writeTransaction(db, (w) => insertCallEvent(w, { ...event, payload: { body: 'again' } }, { ifNew: true }));
    expect(callEventRows(db, callId).map((r) => r.payload)).toEqual(['{"body":"first"}']);
  });
});
