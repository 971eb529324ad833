import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newId } from '../../../core/model/ids.js';
import { ChangeRecord, compareHlc, parseHlc } from '../../../core/sync/index.js';
import { deviceClock, pendingOutbox, type OutboxEntry } from '../../../db/tables/outbox.js';
import { callHarness, T0, type CallHarness } from './calls/callHarness.js';
import { rowCounts } from './harness.js';

// Every local write appends its change records to the outbox in its own transaction
// (DESIGN.md, Sync): these tests read the outbox after each command.

let h: CallHarness;
beforeEach(() => void vi.spyOn(console, 'error').mockImplementation(() => {}));
afterEach(() => {
  h?.close();
  vi.restoreAllMocks();
});

const HOUR = 3_600_000;
const outbox = (harness: CallHarness): OutboxEntry[] => pendingOutbox(harness.backend.context.db, 100_000);
const brief = (entries: OutboxEntry[]) => entries.map((c) => `${c.kind} ${c.entity}${c.entity === 'call_event' ? ` ${String(c.fields.type)}` : ''}`);

function expectValidAndGapless(entries: OutboxEntry[]) {
  expect(entries.map((c) => c.seq)).toEqual(entries.map((_, i) => i + 1));
  const device = entries[0]?.deviceId;
  for (const { createdAt, ...record } of entries) {
    expect(typeof createdAt).toBe('number');
    expect(ChangeRecord.parse(record)).toEqual(record);
    expect(record.deviceId).toBe(device);
  }
  for (let i = 1; i < entries.length; i++) expect(compareHlc(entries[i - 1]!.hlc, entries[i]!.hlc)).toBe(-1);
}

function failInsertsInto(harness: CallHarness, table: string) {
  const db = harness.backend.context.db;
  db.exec(`CREATE TEMP TRIGGER fail_${table} BEFORE INSERT ON main.${table} BEGIN SELECT RAISE(ABORT, 'simulated crash'); END`);
  return () => db.exec(`DROP TRIGGER temp.fail_${table}`);
}

describe('each local write appends its changes to the outbox', () => {
  it('customers.create: one set of the customer with its phones', async () => {
    h = callHarness();
    const customer = await h.ok('customers.create', { name: 'Maria Gonzalez', email: 'maria@example.com', phones: ['(415) 555-2671', '+44 20 7946 0958'] });
    const entries = outbox(h);
    expectValidAndGapless(entries);
    expect(entries).toEqual([
      expect.objectContaining({
        kind: 'set',
        entity: 'customer',
        entityId: customer.customer.id,
        fields: {
          name: 'Maria Gonzalez',
          email: 'maria@example.com',
          phones: [
            { e164: '+14155552671', label: null },
            { e164: '+442079460958', label: null },
          ],
          createdAt: T0,
        },
      }),
    ]);
    expect(deviceClock(h.backend.context.db).node).toBe(entries[0]!.deviceId);
  });

  it('call.start, call.record and the commitment commands: case, log, note and promise changes', async () => {
    h = callHarness();
    const call = await h.startCall();
    const db = h.backend.context.db;
    const caseId = db.prepare('SELECT case_id FROM calls WHERE id = ?').pluck().get(call.callId) as string;
    expect(brief(outbox(h))).toEqual(['set customer', 'set case', 'append call_event call.started']);
    const [, setCase, started] = outbox(h);
    expect(setCase).toMatchObject({ entityId: caseId, fields: { subject: 'Refund not received', status: 'open', customerId: call.customer.id, category: null } });
    expect(started).toMatchObject({ entityId: call.callId, fields: { type: 'call.started', customerId: call.customer.id, caseId } });
    expect(started!.fields.id).toEqual(expect.any(String));

    await h.record(call.callId, { type: 'note.added', body: 'Refund not on the card' });
    await h.record(call.callId, { type: 'mood.set', phase: 'start', mood: 'upset' });
    await h.record(call.callId, { type: 'commitment.made', description: 'Call back with the trace', dueAt: T0 + 2 * HOUR });
    const commitmentId = db.prepare('SELECT id FROM commitments').pluck().get() as string;
    h.clock.advance(60_000);
    await h.ok('commitments.reschedule', { commitmentId, dueAt: T0 + 5 * HOUR, reason: 'Finance is out' });
    await h.ok('commitments.complete', { commitmentId });

    const entries = outbox(h);
    expectValidAndGapless(entries);
    expect(brief(entries.slice(3))).toEqual([
      'append call_event note.added',
      'append note',
      'append call_event mood.set',
      'append call_event commitment.made',
      'set commitment',
      'set commitment',
      'terminal commitment',
    ]);
    const noteId = db.prepare('SELECT id FROM notes').pluck().get() as string;
    expect(entries[4]).toMatchObject({ entityId: caseId, fields: { id: noteId, body: 'Refund not on the card', author: 'Dana Rep', callId: call.callId, caseId } });
    expect(entries[7]).toMatchObject({ entityId: commitmentId, fields: { description: 'Call back with the trace', owner: expect.any(String), dueAt: T0 + 2 * HOUR, caseId, callId: call.callId } });
    expect(entries[7]!.fields).not.toHaveProperty('status');
    expect(entries[8]).toMatchObject({ entityId: commitmentId, fields: { dueAt: T0 + 5 * HOUR } });
    expect(entries[9]).toMatchObject({ entityId: commitmentId, fields: { status: 'done' } });
    // Every logged event has exactly one call_event change, keyed by the event's id.
    const eventIds = db.prepare('SELECT id FROM call_events ORDER BY at, id').pluck().all();
    expect(entries.filter((c) => c.entity === 'call_event').map((c) => c.fields.id).sort()).toEqual([...eventIds].sort());
    // The per-field clock holds the latest stamp of each mutable field.
    const clock = db.prepare(`SELECT hlc FROM field_clocks WHERE entity = 'commitment' AND entity_id = ? AND field = ?`).pluck();
    expect(clock.get(commitmentId, 'dueAt')).toBe(entries[8]!.hlc);
    expect(clock.get(commitmentId, 'status')).toBe(entries[9]!.hlc);
  });

  it('logs every event of a whole call, hand-overs included, once each, exactly as stored', async () => {
    h = callHarness();
    const { callId } = await h.startCall();
    await h.record(callId, { type: 'mood.set', phase: 'start', mood: 'angry' });
    await h.record(callId, { type: 'note.added', body: 'Refund of $212.40 not on her card.' });
    await h.record(callId, { type: 'step.checked', stepId: 'apologize' });
    await h.record(callId, { type: 'escalation', to: 'Priya Shah', reason: 'Refund stuck for 12 days' });
    await h.record(callId, { type: 'transfer', to: 'Billing team' });
    const entries = outbox(h);
    expectValidAndGapless(entries);
    const db = h.backend.context.db;
    const rows = db.prepare('SELECT id, at, type, payload FROM call_events WHERE call_id = ? ORDER BY at, id').all(callId) as {
      id: string;
      at: number;
      type: string;
      payload: string;
    }[];
    const logged = entries.filter((c) => c.entity === 'call_event');
    expect(logged.map((c) => c.fields)).toEqual(rows.map((r) => ({ id: r.id, at: r.at, type: r.type, ...(JSON.parse(r.payload) as object) })));
    expect(logged.every((c) => c.kind === 'append' && c.entityId === callId)).toBe(true);
  });

  it('an event recorded by the hold monitor is in the outbox too', async () => {
    h = callHarness();
    const { callId } = await h.startCall();
    await h.record(callId, { type: 'hold.started' });
    h.clock.advance(31_000);
    expect(brief(outbox(h)).filter((b) => b.includes('hold'))).toEqual(['append call_event hold.started', 'append call_event hold.checkin_due']);
    expectValidAndGapless(outbox(h));
  });

  it('retried commands with the same ids add no second change', async () => {
    h = callHarness();
    const customerId = newId(T0);
    const input = { id: customerId, name: 'Ann Lee', phones: ['(415) 555-0100'] };
    await h.ok('customers.create', input);
    await h.ok('customers.create', input);
    const callInput = { callId: newId(T0), customerId, caseId: null, newCaseSubject: 'Broken router', phone: '(415) 555-0100' };
    await h.ok('call.start', callInput);
    await h.ok('call.start', callInput);
    const event = { id: newId(T0), type: 'commitment.made' as const, description: 'Send a new router', dueAt: T0 + HOUR };
    await h.ok('call.record', { callId: callInput.callId, event });
    await h.ok('call.record', { callId: callInput.callId, event });
    const commitmentId = h.backend.context.db.prepare('SELECT id FROM commitments').pluck().get() as string;
    await h.ok('commitments.reschedule', { commitmentId, dueAt: T0 + 2 * HOUR });
    await h.ok('commitments.reschedule', { commitmentId, dueAt: T0 + 2 * HOUR });
    await h.ok('commitments.complete', { commitmentId });
    await h.ok('commitments.complete', { commitmentId });
    expect(brief(outbox(h))).toEqual([
      'set customer',
      'set case',
      'append call_event call.started',
      'append call_event commitment.made',
      'set commitment',
      'set commitment',
      'terminal commitment',
    ]);
    expectValidAndGapless(outbox(h));
  });

  it('keeps the stamps increasing when the wall clock jumps back', async () => {
    h = callHarness();
    await h.customer('Ann Lee', '(415) 555-0100');
    h.clock.jumpWall(-HOUR);
    await h.customer('Bob Ray', '(415) 555-0101');
    h.clock.jumpWall(-24 * HOUR);
    await h.customer('Cy Oak', '(415) 555-0102');
    const entries = outbox(h);
    expectValidAndGapless(entries);
    expect(entries.map((c) => parseHlc(c.hlc).ms)).toEqual([T0, T0, T0]);
    expect(entries.map((c) => parseHlc(c.hlc).counter)).toEqual([0, 1, 2]);
  });
});

describe('the outbox entry and the domain rows commit together or not at all', () => {
  it('a failed outbox insert leaves no customer, call, case, event, note or promise, and the same writes succeed afterwards', async () => {
    h = callHarness();
    const customer = await h.customer();
    const before = rowCounts(h.backend);
    const restore = failInsertsInto(h, 'outbox');
    expect(await h.fails('customers.create', { name: 'Bob Ray', phones: ['(415) 555-0101'] })).toMatchObject({ code: 'INTERNAL' });
    const callInput = { callId: newId(T0), customerId: customer.id, caseId: null, newCaseSubject: 'Refund', phone: '(415) 555-2671' };
    expect(await h.fails('call.start', callInput)).toMatchObject({ code: 'INTERNAL' });
    expect(rowCounts(h.backend)).toEqual(before);
    restore();

    await h.ok('call.start', callInput);
    await h.record(callInput.callId, { type: 'commitment.made', description: 'Call back', dueAt: T0 + HOUR });
    const commitmentId = h.backend.context.db.prepare('SELECT id FROM commitments').pluck().get() as string;
    const middle = rowCounts(h.backend);
    const restoreAgain = failInsertsInto(h, 'outbox');
    expect(await h.fails('call.record', { callId: callInput.callId, event: { id: newId(), type: 'note.added', body: 'Lost' } })).toMatchObject({ code: 'INTERNAL' });
    expect(await h.fails('commitments.complete', { commitmentId })).toMatchObject({ code: 'INTERNAL' });
    expect(await h.fails('commitments.reschedule', { commitmentId, dueAt: T0 + 3 * HOUR })).toMatchObject({ code: 'INTERNAL' });
    expect(rowCounts(h.backend)).toEqual(middle);
    expect((await h.ok('commitments.get', { commitmentId })).commitment).toMatchObject({ status: 'open', dueAt: T0 + HOUR });
    restoreAgain();

    await h.ok('commitments.complete', { commitmentId });
    expect(brief(outbox(h)).at(-1)).toBe('terminal commitment');
    expectValidAndGapless(outbox(h));
  });

  it('a failure after an outbox row was appended rolls that row back with the rest', async () => {
    h = callHarness();
    const customer = await h.customer();
    const before = rowCounts(h.backend);
    // call.start appends the new case's change before it writes the call row: fail the call row.
    const restore = failInsertsInto(h, 'calls');
    const callInput = { callId: newId(T0), customerId: customer.id, caseId: null, newCaseSubject: 'Refund', phone: '(415) 555-2671' };
    expect(await h.fails('call.start', callInput)).toMatchObject({ code: 'INTERNAL' });
    restore();
    // A projection failing before the append leaves none either.
    const restorePhones = failInsertsInto(h, 'customer_phones');
    expect(await h.fails('customers.create', { name: 'Bob Ray', phones: ['(415) 555-0101'] })).toMatchObject({ code: 'INTERNAL' });
    restorePhones();
    expect(rowCounts(h.backend)).toEqual(before);
    expect(h.backend.context.db.prepare('SELECT hlc_counter FROM device').pluck().get()).toBe(0);

    await h.ok('call.start', callInput);
    expect(brief(outbox(h))).toEqual(['set customer', 'set case', 'append call_event call.started']);
    expectValidAndGapless(outbox(h));
  });
});
