import type { HoldPolicy } from '../../call/holdPolicy.js';
import type { HoldRecord } from '../../call/state.js';

// Each check-in of one hold, judged against its due time, for QA's evidence, flags and the
// replay's hold bar. The judgement is holdStats' (core/call/holdStats.ts), walked one
// check-in at a time because QA must point at each late one: due firstCheckin after the
// start, then checkinInterval after the previous check-in; late from lateAfter past due; a
// hold ended after a check-in fell due counts as that check-in (the rep came back). A
// property test pins the on-time and late counts to holdStats'.

export type CheckinVerdict =
  /** The rep checked in (or came back) before the late mark. */
  | 'on_time'
  /** A check-in made, but past the late mark. */
  | 'late'
  /** No check-in: the rep came back only when the hold ended, past the late mark. */
  | 'missed'
  /** The hold is still open at `now` and this check-in is not yet late ('due' once past due). */
  | 'upcoming'
  | 'due'
  /** The hold is still open at `now`, past the late mark, no check-in yet (the prompt has escalated). */
  | 'overdue';

export type CheckinJudgement = {
  /** 1-based, as in hold.checkin_due. */
  n: number;
  dueAt: number;
  lateAt: number;
  /** When the rep came back on the line for it; null while the hold is open and it is not done. */
  doneAt: number | null;
  /** How the rep came back: a check-in, or the end of the hold. */
  by: 'checkin' | 'hold_end' | null;
  verdict: CheckinVerdict;
  /** How long past due the rep came back (0 when on time or early). */
  lateByMs: number;
};

export function checkinTimeline(hold: HoldRecord, policy: HoldPolicy, now: number): CheckinJudgement[] {
  const out: CheckinJudgement[] = [];
  let since = hold.startedAt;
  let wait = policy.firstCheckinMs;
  for (const at of hold.checkins) {
    const dueAt = since + wait;
    const lateAt = dueAt + policy.lateAfterMs;
    const late = at >= lateAt;
    out.push({ n: out.length + 1, dueAt, lateAt, doneAt: at, by: 'checkin', verdict: late ? 'late' : 'on_time', lateByMs: Math.max(0, at - dueAt) });
    since = at;
    wait = policy.checkinIntervalMs;
  }
  const dueAt = since + wait;
  const lateAt = dueAt + policy.lateAfterMs;
  const n = out.length + 1;
  if (hold.endedAt !== null) {
    if (hold.endedAt >= dueAt) {
      const late = hold.endedAt >= lateAt;
      out.push({ n, dueAt, lateAt, doneAt: hold.endedAt, by: 'hold_end', verdict: late ? 'missed' : 'on_time', lateByMs: hold.endedAt - dueAt });
    }
  } else {
    const verdict: CheckinVerdict = now >= lateAt ? 'overdue' : now >= dueAt ? 'due' : 'upcoming';
    out.push({ n, dueAt, lateAt, doneAt: null, by: null, verdict, lateByMs: Math.max(0, now - dueAt) });
  }
  return out;
}

export function isLateVerdict(v: CheckinVerdict): boolean {
  return v === 'late' || v === 'missed' || v === 'overdue';
}
