import { closingItem } from '../../call/closing.js';
import type { CallState } from '../../call/state.js';
import { checkContext, clock, eventAt, eventsOf, formatSpan, promptOf, type CheckContext, type CheckOptions } from '../checks/context.js';
import { holdEndEvent, holdHadPermission, noPermissionWhy } from '../checks/hold.js';
import { checkinTimeline } from '../hold/checkinTimeline.js';
import { byTime, type FlagKind, type ReviewFlag } from './types.js';

// Flags one call's own log raises for the review queue (the list): a hold without
// permission, a missed or late check-in, a closing override, the abusive-caller path, an
// escalation or a transfer. Cross-call flags (repeat call, broken promise) are in crossCall.ts.

function flag(kind: FlagKind, at: number, eventId: string | null, reason: string): ReviewFlag {
  return { kind, at, eventId, reason, relatedCallId: null };
}

function holdFlags(ctx: CheckContext): ReviewFlag[] {
  const out: ReviewFlag[] = [];
  ctx.state.hold.holds.forEach((hold, i) => {
    const n = i + 1;
    const start = ctx.holdEvents[i]?.started ?? null;
    if (!holdHadPermission(hold)) out.push(flag('hold_without_permission', hold.startedAt, start?.id ?? null, `Hold ${n} at ${clock(ctx, hold.startedAt)} started ${noPermissionWhy(hold)}`));
    for (const j of checkinTimeline(hold, ctx.policy, ctx.now)) {
      if (j.verdict === 'late') {
        const done = eventAt(ctx, 'hold.checkin_done', j.doneAt ?? -1);
        out.push(flag('checkin_late', j.doneAt ?? j.dueAt, done?.id ?? null, `Check-in ${j.n} of hold ${n} came ${formatSpan(j.lateByMs)} after it was due at ${clock(ctx, j.dueAt)}`));
      } else if (j.verdict === 'missed' || j.verdict === 'overdue') {
        // The timer's prompt is the moment the miss began; without one, the late mark on the hold.
        const prompt = promptOf(ctx, i, j.n);
        const shown = prompt ?? holdEndEvent(ctx, hold) ?? start;
        const back = j.doneAt === null ? 'not back on the line yet' : `back only when the hold ended, ${formatSpan(j.lateByMs)} after it was due`;
        out.push(flag('checkin_missed', prompt?.at ?? j.lateAt, shown?.id ?? null, `Check-in ${j.n} of hold ${n} missed (due ${clock(ctx, j.dueAt)}; ${back})`));
      }
    }
  });
  return out;
}

function closingFlags(ctx: CheckContext): ReviewFlag[] {
  const o = ctx.state.closing.override;
  if (o === null) return [];
  const e = eventAt(ctx, 'closing.override', o.at);
  const labels = o.missing.map((id) => closingItem(id).label).join('; ');
  return [flag('closing_override', o.at, e?.id ?? null, `Closed without: ${labels} (${o.reason})`)];
}

function abuseFlags(ctx: CheckContext): ReviewFlag[] {
  const { state } = ctx;
  const moods = eventsOf(ctx, 'mood.set').filter((e) => e.mood === 'abusive' && state.mood[e.phase] === 'abusive');
  const warnings = eventsOf(ctx, 'abuse.warned');
  const first = [...moods, ...warnings].sort((a, b) => a.at - b.at)[0];
  if (first === undefined) return [];
  const offers = state.supervisorOffers.length;
  const parts = [
    moods.length > 0 ? 'caller recorded as abusive' : null,
    `${warnings.length} warning${warnings.length === 1 ? '' : 's'}`,
    offers > 0 ? 'supervisor offered' : 'no supervisor offered',
  ].filter((p): p is string => p !== null);
  return [flag('abusive_caller', first.at, first.id, `Abusive-caller path: ${parts.join(', ')}`)];
}

function handoffFlags(ctx: CheckContext): ReviewFlag[] {
  const out = ctx.state.escalations.map((x) => flag('escalation', x.at, eventAt(ctx, 'escalation', x.at)?.id ?? null, `Escalated to ${x.to} at ${clock(ctx, x.at)}: ${x.reason}`));
  const t = ctx.state.transfer;
  if (t !== null) out.push(flag('transfer', t.at, eventAt(ctx, 'transfer', t.at)?.id ?? null, `Transferred to ${t.to} at ${clock(ctx, t.at)}`));
  return out;
}

/** The flags of one call, in time order (the order "next flag" steps through). */
export function callFlags(state: CallState, options: CheckOptions = {}): ReviewFlag[] {
  const ctx = checkContext(state, options);
  return [...holdFlags(ctx), ...closingFlags(ctx), ...abuseFlags(ctx), ...handoffFlags(ctx)].sort(byTime);
}
