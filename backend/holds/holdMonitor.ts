import { CallEvent } from '../../core/call/events.js';
import { newId } from '../../core/model/ids.js';
import { liveCallIds } from '../../db/tables/calls.js';
import { firedPrompts, insertFiredPrompt } from '../../db/tables/holdPrompts.js';
import { writeTransaction, type WritableDb } from '../../db/transaction.js';
import { appendEvent } from '../calls/append.js';
import type { LoadedCall } from '../calls/callLog.js';
import { announce } from '../calls/snapshot.js';
import type { Scheduler } from '../clock/clock.js';
import type { BackendContext } from '../context.js';
import { holdPrompts, promptKey, promptsToAnnounce, unfiredPrompts, type HoldPrompt } from './prompts.js';

type Due = { call: LoadedCall; prompts: HoldPrompt[]; firedAt: number };

/**
 * The hold timer, in the backend so prompts fire on time whether or not a window is open
 * (DESIGN.md). It keeps, per live call on hold, the monotonic moment of its next unfired
 * prompt, and one scheduler timer for the earliest of them all: a thousand holds cost one
 * timer, and prompts falling due together are written in one transaction (one fsync).
 *
 * When prompts fall due it emits hold.prompt, then records them in one transaction: each
 * in hold_prompts, and a check-in as hold.checkin_due in the call's log (as the system: a
 * fresh event id, stamped by the call's clock), then emits call.changed. Due times come
 * from the log alone (core/call/holdPolicy.ts), so after a restart `start` re-arms the
 * same moments; one that passed while the app was down fires at once, once.
 */
export class HoldMonitor {
  /** callId -> monotonic time of its next unfired prompt. */
  private readonly next = new Map<string, number>();
  /** Prompts announced although the store could not record them (kept so they are not repeated). */
  private readonly shownOnly = new Set<string>();
  private cancelTimer: (() => void) | null = null;
  private armedAt: number | null = null;
  private closed = false;

  constructor(
    private readonly ctx: BackendContext,
    private readonly scheduler: Scheduler,
  ) {}

  /** Arms every live call in the store (backend start, after a reload or a crash). */
  start(): void {
    for (const callId of liveCallIds(this.ctx.db)) this.track(callId);
    // Through the scheduler even when something is overdue: the host subscribes to events
    // after the backend is made, and an overdue prompt must reach it.
    this.arm(true);
  }

  /** The call's log changed: recompute its next prompt. */
  refresh(callId: string): void {
    if (this.closed) return;
    this.track(callId);
    this.arm();
  }

  /** The policy changed: every hold's deadlines move. */
  refreshAll(): void {
    if (this.closed) return;
    for (const callId of [...this.next.keys(), ...liveCallIds(this.ctx.db)]) this.track(callId);
    this.arm();
  }

  close(): void {
    this.closed = true;
    this.cancelTimer?.();
    this.cancelTimer = null;
    this.next.clear();
  }

  private track(callId: string): void {
    const call = this.ctx.calls.load(callId);
    const pending = call ? this.pending(call) : [];
    if (!call || pending.length === 0) {
      this.next.delete(callId);
      return;
    }
    const dueAt = Math.min(...pending.map((p) => p.dueAt));
    this.next.set(callId, this.ctx.callClocks.monotonicAt(callId, call.version.lastAt, dueAt));
  }

  private pending(call: LoadedCall): HoldPrompt[] {
    const callId = call.record.id;
    const prompts = holdPrompts(call.state, this.ctx.holdPolicy());
    if (prompts.length === 0) return [];
    return unfiredPrompts(callId, call.state, prompts, firedPrompts(this.ctx.db, callId), this.shownOnly);
  }

  /** One timer for the earliest moment; kept if it is already set for that moment. */
  private arm(force = false): void {
    if (this.closed) return;
    let earliest: number | null = null;
    for (const at of this.next.values()) if (earliest === null || at < earliest) earliest = at;
    if (!force && earliest === this.armedAt && this.cancelTimer) return;
    this.cancelTimer?.();
    this.cancelTimer = null;
    this.armedAt = earliest;
    if (earliest === null) return;
    const delay = Math.max(0, earliest - this.ctx.callClocks.monotonic());
    this.cancelTimer = this.scheduler.schedule(delay, () => this.fire());
  }

  private fire(): void {
    this.cancelTimer = null;
    this.armedAt = null;
    if (this.closed) return;
    const mono = this.ctx.callClocks.monotonic();
    const dueIds = [...this.next].filter(([, at]) => at <= mono).map(([callId]) => callId);
    try {
      const due = this.collect(dueIds);
      // Told first, recorded after: the rep's prompt must not wait for the disk. A crash
      // between the two can only repeat a prompt after the restart, never lose one.
      this.announce(due);
      this.record(due);
    } catch (error) {
      console.error('[backend] the hold timer failed', error);
    }
    for (const callId of dueIds) this.track(callId);
    this.arm();
  }

  /** What is due now on each call, by its own clock. */
  private collect(callIds: readonly string[]): Due[] {
    const out: Due[] = [];
    for (const callId of callIds) {
      const call = this.ctx.calls.load(callId);
      if (!call) continue;
      const firedAt = this.ctx.callClocks.now(callId, call.version.lastAt);
      const prompts = this.pending(call).filter((p) => p.dueAt <= firedAt);
      if (prompts.length > 0) out.push({ call, prompts, firedAt });
    }
    return out;
  }

  private announce(due: readonly Due[]): void {
    for (const d of due) {
      for (const p of promptsToAnnounce(d.prompts)) {
        this.ctx.emit('hold.prompt', { callId: d.call.record.id, kind: p.kind, checkinNumber: p.checkinNumber, dueAt: p.dueAt, firedAt: d.firedAt });
      }
    }
  }

  /**
   * Notes every prompt fired and logs hold.checkin_due for each check-in, all calls in one
   * transaction (one fsync however many holds fell due together).
   */
  private record(due: readonly Due[]): void {
    if (due.length === 0) return;
    let written: LoadedCall[];
    try {
      written = writeTransaction(this.ctx.db, (w) => due.map((d) => this.write(w, d)));
    } catch (error) {
      // The record is for QA and can be missing; the prompts were shown, and must not repeat.
      console.error('[backend] could not record hold prompts', error);
      for (const d of due) for (const p of d.prompts) this.shownOnly.add(promptKey(d.call.record.id, p));
      return;
    }
    written.forEach((call, i) => {
      if (call === due[i]?.call) return;
      this.ctx.calls.remember(call.record.id, call);
      announce(this.ctx, call);
    });
  }

  private write(w: WritableDb, { call, prompts, firedAt }: Due): LoadedCall {
    const callId = call.record.id;
    let current = call;
    const catalog = this.ctx.scripts.catalog();
    for (const p of prompts) {
      insertFiredPrompt(w, { callId, kind: p.kind, holdStartedAt: p.holdStartedAt, checkinNumber: p.number, dueAt: p.dueAt, firedAt });
      if (p.kind !== 'checkin_due') continue;
      const at = this.ctx.callClocks.stamp(callId, current.version.lastAt);
      const event = CallEvent.parse({ type: 'hold.checkin_due', id: newId(at), callId, at, n: p.number });
      current = appendEvent({ db: w, repName: this.ctx.repName, catalog, now: this.ctx.clock.now() }, current, event);
    }
    return current;
  }
}
