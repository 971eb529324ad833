import { describe, expect, it } from 'vitest';
import { getCallRecord, insertCall, latestLiveCallId, liveCallIds, setCallEnded } from '../../../../db/tables/calls.js';
import { writeTransaction } from '../../../../db/transaction.js';
import { addCustomer, id, NOW, tempStore } from '../helpers.js';

describe('insertCall', () => {
  it('starts a call with nothing derived yet, live on this desk until it ends', () => {
    const db = tempStore();
    const customerId = addCustomer(db, 'Ann Lee', ['+14155552671']);
    const [older, newer] = [id(), id()];
    writeTransaction(db, (w) => {
      insertCall(w, { id: older, customerId, caseId: null, phone: '+14155552671', direction: 'inbound', repName: 'Dana', startedAt: NOW });
      insertCall(w, { id: newer, customerId, caseId: null, phone: '', direction: 'outbound', repName: 'Dana', startedAt: NOW + 1 });
    });
    expect(getCallRecord(db, older)).toMatchObject({ customerName: 'Ann Lee', caseId: null, endedAt: null });
    expect(db.prepare('SELECT mood_start, mood_end, disposition, summary, remote FROM calls WHERE id = ?').get(older)).toEqual({
      mood_start: null,
      mood_end: null,
      disposition: null,
      summary: null,
      remote: 0,
    });
    expect(liveCallIds(db)).toEqual([newer, older]);
    writeTransaction(db, (w) => setCallEnded(w, newer, NOW + 60_000));
    expect(latestLiveCallId(db)).toBe(older);
  });

  it('never takes a call pulled from another desk for a live one here', () => {
    const db = tempStore();
    const customerId = addCustomer(db, 'Ann Lee', ['+14155552671']);
    const pulled = id();
    writeTransaction(db, (w) => insertCall(w, { id: pulled, customerId, caseId: null, phone: '+14155552671', direction: 'inbound', repName: 'Sam', startedAt: NOW, remote: true }));
    expect(getCallRecord(db, pulled)).not.toBeNull();
    expect(liveCallIds(db)).toEqual([]);
    expect(latestLiveCallId(db)).toBeNull();
  });
});
