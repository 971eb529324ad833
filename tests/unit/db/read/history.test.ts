import type { Database } from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { CustomerHistory, OPEN_CASE_STATUSES, caseNumberFromId, type CaseStatus } from '../../../../core/model/index.js';
import { customerHistory, HISTORY_CALLS, HISTORY_CASES, HISTORY_HANDOVERS } from '../../../../db/read/history.js';
import { CASE_IS_OPEN } from '../../../../db/tables/cases.js';
import { addCustomer, DAY, id, NOW, tempStore } from '../helpers.js';
import { saveCall, saveCallEvent, saveCase, saveCommitment, saveHandover, saveNote } from '../save.js';

const PHONE = '+14155552671';

function addCase(db: Database, customerId: string, status: CaseStatus, updatedDaysAgo: number, subject = `Case ${status}`): string {
  const caseId = id();
  saveCase(db, {
    id: caseId,
    customerId,
    subject,
    status,
    category: 'billing',
    createdAt: NOW - 100 * DAY,
    updatedAt: NOW - updatedDaysAgo * DAY,
  });
  return caseId;
}

function addCall(db: Database, customerId: string, caseId: string | null, startedAt: number): string {
  const callId = id();
  saveCall(db, {
    id: callId,
    customerId,
    caseId,
    phone: PHONE,
    direction: 'inbound',
    repName: 'Dana Whitfield',
    startedAt,
    endedAt: startedAt + 5 * 60_000,
    moodStart: 'angry',
    moodEnd: 'calm',
    disposition: 'pending',
    summary: 'Explained the refund timeline.',
  });
  return callId;
}

function addCommitment(db: Database, customerId: string, caseId: string | null, dueAt: number, status: 'open' | 'done' | 'cancelled' = 'open'): string {
  const commitmentId = id();
  saveCommitment(db, {
    id: commitmentId,
    customerId,
    caseId,
    callId: null,
    description: 'Call back with the carrier answer',
    owner: 'Dana Whitfield',
    dueAt,
    status,
    createdAt: NOW - 10 * DAY,
    doneAt: status === 'open' ? null : NOW - DAY,
  });
  return commitmentId;
}

describe('customerHistory', () => {
  it('returns null for an unknown customer', () => {
    expect(customerHistory(tempStore(), id(), NOW)).toBeNull();
  });

  it('matches the CustomerHistory schema, with calls, notes and case numbers joined', () => {
    const db = tempStore();
    const customerId = addCustomer(db, 'Ann Lee', [PHONE]);
    const caseId = addCase(db, customerId, 'open', 30, 'Refund not received for order #48213');
    const callId = addCall(db, customerId, caseId, NOW - 3 * DAY);
    saveCallEvent(db, { id: id(), callId, at: NOW - 3 * DAY, type: 'call.started', payload: { direction: 'inbound' } });
    saveNote(db, { id: id(), customerId, caseId, callId, body: 'Caller was angry; promised call back.', author: 'Dana Whitfield', createdAt: NOW - 3 * DAY + 60_000 });
    saveNote(db, { id: id(), customerId, caseId, callId, body: 'Second note.', author: 'Dana Whitfield', createdAt: NOW - 3 * DAY + 120_000 });
    addCommitment(db, customerId, caseId, NOW + DAY);

    const history = customerHistory(db, customerId, NOW);
    expect(CustomerHistory.parse(history)).toEqual(history);
    const [call] = history!.recentCalls;
    expect(call).toMatchObject({
      id: callId,
      caseId,
      caseNumber: caseNumberFromId(caseId),
      moodStart: 'angry',
      moodEnd: 'calm',
      disposition: 'pending',
      repName: 'Dana Whitfield',
    });
    expect(call!.notes.map((n) => n.body)).toEqual(['Caller was angry; promised call back.', 'Second note.']);
    expect(history!.commitments[0]).toMatchObject({ caseNumber: caseNumberFromId(caseId), overdue: false });
  });

  it('lists open, pending and escalated cases first, then the most recently touched others', () => {
    const db = tempStore();
    const customerId = addCustomer(db, 'Ann Lee', [PHONE]);
    const oldOpen = addCase(db, customerId, 'open', 90);
    const recentClosed = addCase(db, customerId, 'closed', 1);
    const escalated = addCase(db, customerId, 'escalated', 40);
    const olderResolved = addCase(db, customerId, 'resolved', 60);
    const pending = addCase(db, customerId, 'pending', 20);
    const history = customerHistory(db, customerId, NOW)!;
    expect(history.cases.map((c) => c.id)).toEqual([pending, escalated, oldOpen, recentClosed, olderResolved]);
  });

  it(`caps the case list at ${HISTORY_CASES}, keeping every open case first`, () => {
    const db = tempStore();
    const customerId = addCustomer(db, 'Ann Lee', [PHONE]);
    for (let i = 0; i < 25; i++) addCase(db, customerId, 'closed', 10 + i);
    for (let i = 0; i < 5; i++) addCase(db, customerId, 'open', 50 + i);
    const history = customerHistory(db, customerId, NOW)!;
    expect(history.cases).toHaveLength(HISTORY_CASES);
    expect(history.cases.slice(0, 5).every((c) => c.status === 'open')).toBe(true);
    expect(history.cases.slice(5).map((c) => c.updatedAt)).toEqual([...Array(15).keys()].map((i) => NOW - (10 + i) * DAY));
  });

  it(`shows the last ${HISTORY_CALLS} calls, newest first`, () => {
    const db = tempStore();
    const customerId = addCustomer(db, 'Ann Lee', [PHONE]);
    for (let i = 0; i < 14; i++) addCall(db, customerId, null, NOW - (i + 1) * DAY);
    const history = customerHistory(db, customerId, NOW)!;
    expect(history.recentCalls.map((c) => c.startedAt)).toEqual([...Array(HISTORY_CALLS).keys()].map((i) => NOW - (i + 1) * DAY));
    expect(history.recentCalls.every((c) => c.caseNumber === null)).toBe(true);
  });

  it('lists open commitments only, overdue first then by due time, flagged against now', () => {
    const db = tempStore();
    const customerId = addCustomer(db, 'Ann Lee', [PHONE]);
    const later = addCommitment(db, customerId, null, NOW + 2 * DAY);
    const overdue = addCommitment(db, customerId, null, NOW - 2 * DAY);
    const soon = addCommitment(db, customerId, null, NOW + 60_000);
    const veryOverdue = addCommitment(db, customerId, null, NOW - 5 * DAY);
    addCommitment(db, customerId, null, NOW - 3 * DAY, 'done');
    addCommitment(db, customerId, null, NOW + DAY, 'cancelled');
    const { commitments } = customerHistory(db, customerId, NOW)!;
    expect(commitments.map((m) => [m.id, m.overdue])).toEqual([
      [veryOverdue, true],
      [overdue, true],
      [soon, false],
      [later, false],
    ]);
  });

  describe('repeat mark', () => {
    it('marks the case touched within the last 7 days', () => {
      const db = tempStore();
      const customerId = addCustomer(db, 'Ann Lee', [PHONE]);
      addCase(db, customerId, 'open', 30);
      const recent = addCase(db, customerId, 'pending', 30, 'Package marked delivered but not received');
      addCall(db, customerId, recent, NOW - 6 * DAY);
      const { repeat } = customerHistory(db, customerId, NOW)!;
      expect(repeat).toEqual({
        caseId: recent,
        caseNumber: caseNumberFromId(recent),
        subject: 'Package marked delivered but not received',
        lastTouchedAt: NOW - 6 * DAY + 5 * 60_000,
        windowDays: 7,
      });
    });

    it('is null when the last touch is older than 7 days', () => {
      const db = tempStore();
      const customerId = addCustomer(db, 'Ann Lee', [PHONE]);
      const caseId = addCase(db, customerId, 'open', 30);
      addCall(db, customerId, caseId, NOW - 8 * DAY);
      expect(customerHistory(db, customerId, NOW)!.repeat).toBeNull();
    });

    it('counts a note on the case as a touch', () => {
      const db = tempStore();
      const customerId = addCustomer(db, 'Ann Lee', [PHONE]);
      const caseId = addCase(db, customerId, 'resolved', 30);
      saveNote(db, { id: id(), customerId, caseId, callId: null, body: 'Back office: refund approved.', author: 'Back Office', createdAt: NOW - DAY });
      expect(customerHistory(db, customerId, NOW)!.repeat?.caseId).toBe(caseId);
    });

    it('sees a recently touched closed case even when open cases fill the list', () => {
      const db = tempStore();
      const customerId = addCustomer(db, 'Ann Lee', [PHONE]);
      for (let i = 0; i < HISTORY_CASES; i++) addCase(db, customerId, 'open', 40 + i);
      const closed = addCase(db, customerId, 'closed', 2);
      const history = customerHistory(db, customerId, NOW)!;
      expect(history.cases.some((c) => c.id === closed)).toBe(false);
      expect(history.repeat?.caseId).toBe(closed);
    });
  });

  it('never moves a case back in time when an older call arrives late', () => {
    const db = tempStore();
    const customerId = addCustomer(db, 'Ann Lee', [PHONE]);
    const caseId = addCase(db, customerId, 'open', 1);
    addCall(db, customerId, caseId, NOW - 50 * DAY);
    expect(customerHistory(db, customerId, NOW)!.cases[0]!.updatedAt).toBe(NOW - DAY);
  });

  it('reads every screen-pop table through an index (no full scans)', () => {
    const db = tempStore();
    const plans = [
      `SELECT * FROM cases WHERE customer_id = 'x' AND ${CASE_IS_OPEN} ORDER BY updated_at DESC LIMIT 20`,
      `SELECT * FROM cases WHERE customer_id = 'x' AND NOT ${CASE_IS_OPEN} ORDER BY updated_at DESC LIMIT 20`,
      `SELECT * FROM calls k LEFT JOIN cases cs ON cs.id = k.case_id WHERE k.customer_id = 'x' ORDER BY k.started_at DESC LIMIT 10`,
      `SELECT * FROM notes WHERE call_id IN ('a', 'b') ORDER BY created_at`,
      `SELECT * FROM commitments m LEFT JOIN cases cs ON cs.id = m.case_id WHERE m.customer_id = 'x' AND m.status = 'open' ORDER BY m.due_at`,
      `SELECT * FROM customer_phones WHERE customer_id = 'x'`,
    ].map((sql) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join(' | '));
    for (const plan of plans) expect(plan).not.toMatch(/\bSCAN (?!CONSTANT)/);
    expect(plans[0]).toMatch(/cases_customer_open/);
    expect(plans[2]).toMatch(/calls_customer_started/);
    expect(plans[2]).not.toMatch(/TEMP B-TREE/);
    expect(plans[4]).toMatch(/commitments_customer_status_due/);
    expect(plans[4]).not.toMatch(/TEMP B-TREE/);
  });

  it(`shows the latest ${HISTORY_HANDOVERS} hand-overs, newest first, with their case number; a summary that no longer parses is left out`, () => {
    const db = tempStore();
    const customerId = addCustomer(db, 'Ann Lee', [PHONE]);
    const caseId = addCase(db, customerId, 'escalated', 1);
    const callId = addCall(db, customerId, caseId, NOW - DAY);
    const handover = {
      text: 'Caller: Ann Lee',
      who: 'Ann Lee',
      caseNumber: caseNumberFromId(caseId),
      problem: 'Refund',
      tried: [],
      stepsDone: [],
      mood: { start: 'angry', end: null, abuseWarnings: 0 },
      promises: [],
    };
    const ids: string[] = [];
    for (let i = 0; i < HISTORY_HANDOVERS + 2; i++) {
      const handoverId = id();
      ids.push(handoverId);
      saveHandover(db, {
        id: handoverId,
        callId,
        customerId,
        caseId,
        kind: i % 2 === 0 ? 'escalation' : 'transfer',
        to: `Team ${i}`,
        fromRep: 'Dana Whitfield',
        reason: i % 2 === 0 ? 'Refund stuck' : null,
        at: NOW - DAY + i * 60_000,
        summary: JSON.stringify(i === HISTORY_HANDOVERS + 1 ? { text: 42 } : handover),
      });
    }
    const history = customerHistory(db, customerId, NOW)!;
    expect(CustomerHistory.parse(history)).toEqual(history);
    // The newest has a summary from a newer app: left out, the next ones shown.
    expect(history.handovers.map((x) => x.id)).toEqual(ids.slice(1, HISTORY_HANDOVERS + 1).reverse().slice(0, HISTORY_HANDOVERS - 1));
    expect(history.handovers[0]).toMatchObject({ kind: 'transfer', reason: null, to: `Team ${HISTORY_HANDOVERS}`, from: 'Dana Whitfield', caseNumber: caseNumberFromId(caseId), handover });
    expect(customerHistory(db, addCustomer(db, 'Bob Stone', ['+12125550143']), NOW)!.handovers).toEqual([]);
  });

  it('the open-case SQL means the same statuses as core', () => {
    expect(CASE_IS_OPEN).toBe(`(${OPEN_CASE_STATUSES.map((s) => `status = '${s}'`).join(' OR ')})`);
  });
});
