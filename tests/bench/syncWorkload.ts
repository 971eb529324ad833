import { newId } from '../../core/model/ids.js';
import type { ChangeRecord } from '../../core/sync/change.js';
import { hlcSend, initialHlc, type HlcState } from '../../core/sync/hlc.js';
import type { JsonValue } from '../../core/sync/json.js';

// What one rep's desktop app sends, in the shapes backend/sync/changes.ts builds:
// calls, one after another, each an 'append' per call event on the call's log (call.started
// with its customer, case and phone first), a note on the case for note.added, a commitment
// 'set' for commitment.made, sometimes a new customer or case before the call, a case
// status 'set' after it, and now and then an older promise kept ('terminal'). About 17
// changes per call. Customers and cases are reused the way callers ring back: a device keeps
// its recent ones, and a few cases per team are worked by everybody.

type Draft = Pick<ChangeRecord, 'kind' | 'entity' | 'entityId' | 'fields'>;

const draft = (kind: Draft['kind'], entity: Draft['entity'], entityId: string, fields: Draft['fields']): Draft => ({ kind, entity, entityId, fields });

/** Deterministic pseudo-random numbers, so two runs send the same shapes. */
export function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 0x1_0000_0000;
  };
}

const REASONS = [
  'Refund for order #{n} has not arrived after 12 days; caller has the bank statement ready.',
  'Second call about the broken boiler part; engineer visit was missed on Tuesday.',
  'Caller wants the contract cancelled and the early exit fee explained in writing.',
  'Invoice {n} charged twice. Card ending 4417. Customer is calm but wants it today.',
];
const STEPS = ['hear', 'empathise', 'apologise', 'resolve', 'diagnose'];

export class RepWorkload {
  private hlc: HlcState;
  private seq = 0;
  private readonly queue: Draft[] = [];
  private readonly customers: string[] = [];
  private readonly cases: string[] = [];
  private readonly openCommitments: string[] = [];
  private readonly random: () => number;

  constructor(
    readonly deviceId: string,
    private readonly repName: string,
    /** Cases the whole team works on (two reps editing the same case). */
    private readonly teamCases: readonly string[],
    seed: number,
  ) {
    this.hlc = initialHlc(deviceId);
    this.random = rng(seed);
  }

  get lastSeq(): number {
    return this.seq;
  }

  /** The next n changes of this rep's day, stamped at wallMs (each one tick later). */
  take(n: number, wallMs: number): ChangeRecord[] {
    return Array.from({ length: n }, () => this.stamp(this.nextDraft(wallMs), wallMs));
  }

  /** n changes spread evenly over [fromMs, toMs): a device that worked offline. */
  takeSpread(n: number, fromMs: number, toMs: number): ChangeRecord[] {
    return Array.from({ length: n }, (_, i) => {
      const at = fromMs + Math.floor(((toMs - fromMs) * i) / n);
      return this.stamp(this.nextDraft(at), at);
    });
  }

  private stamp(draft: Draft, wallMs: number): ChangeRecord {
    const tick = hlcSend(this.hlc, wallMs);
    this.hlc = tick.state;
    return { deviceId: this.deviceId, seq: ++this.seq, id: newId(wallMs), hlc: tick.stamp, ...draft };
  }

  private nextDraft(wallMs: number): Draft {
    if (this.queue.length === 0) this.queue.push(...this.callDrafts(wallMs));
    return this.queue.shift() as Draft;
  }

  private pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.random() * list.length)] as T;
  }

  private recent(list: string[], id: string): void {
    list.push(id);
    if (list.length > 20) list.shift();
  }

  private callDrafts(at: number): Draft[] {
    const out: Draft[] = [];
    const n = Math.floor(this.random() * 100_000);
    let customerId: string;
    if (this.customers.length === 0 || this.random() < 0.3) {
      customerId = newId(at);
      this.recent(this.customers, customerId);
      const phones = [{ e164: `+1415555${String(n % 10_000).padStart(4, '0')}`, label: 'mobile' }];
      out.push(draft('set', 'customer', customerId, { name: `Caller ${n}`, email: `caller${n}@example.com`, phones, createdAt: at }));
    } else customerId = this.pick(this.customers);

    let caseId: string | null = null;
    const r = this.random();
    if (r < 0.1 && this.teamCases.length > 0) caseId = this.pick(this.teamCases);
    else if (r < 0.4 && this.cases.length > 0) caseId = this.pick(this.cases);
    else if (r < 0.8) {
      caseId = newId(at);
      this.recent(this.cases, caseId);
      out.push(draft('set', 'case', caseId, { customerId, number: `HRD-${n}`, subject: `Refund ${n}`, status: 'open', category: 'billing', createdAt: at }));
    }

    const callId = newId(at);
    const event = (fields: Record<string, JsonValue>): Draft => draft('append', 'call_event', callId, { id: newId(at), at, ...fields });
    out.push(
      event({ type: 'call.started', customerId, caseId, phone: '(415) 555-2671', direction: 'inbound', repName: this.repName, scriptId: 'heard' }),
      event({ type: 'mood.set', phase: 'start', mood: this.random() < 0.5 ? 'upset' : 'neutral' }),
    );
    for (const stepId of STEPS.slice(0, 2 + Math.floor(this.random() * 3))) out.push(event({ type: 'step.checked', stepId }));

    const noteId = newId(at);
    const body = this.pick(REASONS).replace('{n}', String(n));
    out.push(event({ type: 'note.added', noteId, body }));
    out.push(draft('append', 'note', caseId ?? callId, { id: noteId, customerId, caseId, callId, body, author: this.repName, createdAt: at }));

    if (this.random() < 0.4) {
      out.push(event({ type: 'hold.permission_asked' }), event({ type: 'hold.permission_answered', granted: true }), event({ type: 'hold.started', withPermission: true }), event({ type: 'hold.ended' }));
    }
    if (this.random() < 0.5) {
      const commitmentId = newId(at);
      const dueAt = at + 2 * 86_400_000;
      const description = `Call back with the refund reference for ${n}`;
      out.push(event({ type: 'commitment.made', commitmentId, description, owner: this.repName, dueAt }));
      out.push(draft('set', 'commitment', commitmentId, { customerId, caseId, callId, description, owner: this.repName, dueAt, createdAt: at }));
      this.recent(this.openCommitments, commitmentId);
    }
    out.push(
      event({ type: 'closing.ticked', item: 'anything_else' }),
      event({ type: 'disposition.set', disposition: 'resolved', rootCause: null, summary: `Explained the refund timeline for ${n}.` }),
      event({ type: 'call.ended' }),
    );
    if (caseId !== null && this.random() < 0.3) out.push(draft('set', 'case', caseId, { status: this.random() < 0.5 ? 'resolved' : 'waiting' }));
    if (this.openCommitments.length > 5 && this.random() < 0.3) {
      const kept = this.openCommitments.shift() as string;
      out.push(draft('terminal', 'commitment', kept, { status: 'done' }));
    }
    return out;
  }
}

/** A few case ids per team that every rep of the team works on. */
export function teamCaseIds(count: number): string[] {
  return Array.from({ length: count }, () => newId());
}
