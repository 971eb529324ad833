import { closingItem } from '../../call/closing.js';
import type { CallEvent } from '../../call/events.js';
import type { HoldPolicy } from '../../call/holdPolicy.js';
import type { CallState } from '../../call/state.js';
import { checkContext, formatSpan } from '../checks/context.js';
import { holdHadPermission } from '../checks/hold.js';
import { checkinTimeline, type CheckinJudgement } from '../hold/checkinTimeline.js';

// The replay's timeline as data: holds as bars (with each check-in's due time, when it was
// done and how late), and every other event as a mark on its lane. Events the reducer
// refused get their own lane with the reason: a supervisor should see what the rep tried.

export type TimelineLane = 'call' | 'script' | 'hold' | 'closing' | 'note' | 'mood' | 'promise' | 'handoff' | 'abuse' | 'wrap_up' | 'refused';

export type HoldBar = {
  n: number;
  from: number;
  /** null while open (at the replay's end: never, a call end closes it). */
  to: number | null;
  eventId: string;
  withPermission: boolean;
  checkins: readonly CheckinJudgement[];
};

export type TimelineMark = { lane: TimelineLane; at: number; eventId: string; label: string };

export type Timeline = { holds: readonly HoldBar[]; marks: readonly TimelineMark[] };

const LANES: Record<CallEvent['type'], TimelineLane> = {
  'call.started': 'call',
  'call.ended': 'call',
  'step.checked': 'script',
  'step.unchecked': 'script',
  'script.switched': 'script',
  'hold.permission_asked': 'hold',
  'hold.permission_answered': 'hold',
  'hold.started': 'hold',
  'hold.checkin_due': 'hold',
  'hold.checkin_done': 'hold',
  'hold.ended': 'hold',
  'hold.callback_offered': 'hold',
  'closing.ticked': 'closing',
  'closing.unticked': 'closing',
  'closing.override': 'closing',
  'note.added': 'note',
  'mood.set': 'mood',
  'commitment.made': 'promise',
  transfer: 'handoff',
  escalation: 'handoff',
  'abuse.warned': 'abuse',
  'supervisor.offered': 'abuse',
  'disposition.set': 'wrap_up',
};

function label(e: CallEvent): string {
  switch (e.type) {
    case 'call.started': return `Call started (${e.scriptId})`;
    case 'call.ended': return 'Call ended';
    case 'step.checked': return `Step ${e.stepId} ticked`;
    case 'step.unchecked': return `Step ${e.stepId} unticked`;
    case 'script.switched': return `Switched to ${e.scriptId}`;
    case 'hold.permission_asked': return 'Asked to place on hold';
    case 'hold.permission_answered': return e.granted ? 'Caller agreed to hold' : 'Caller declined to hold';
    case 'hold.started': return e.withPermission ? 'Hold started' : 'Hold started without permission';
    case 'hold.checkin_due': return `Check-in ${e.n} due (prompt)`;
    case 'hold.checkin_done': return 'Checked in';
    case 'hold.ended': return 'Back from hold';
    case 'hold.callback_offered': return 'Offered a callback';
    case 'closing.ticked': return `${closingItem(e.item).label}`;
    case 'closing.unticked': return `Unticked: ${closingItem(e.item).label}`;
    case 'closing.override': return `Closed without ${e.missing.length} item${e.missing.length === 1 ? '' : 's'}: ${e.reason}`;
    case 'note.added': return e.body.length > 60 ? `${e.body.slice(0, 59)}…` : e.body;
    case 'mood.set': return `Mood (${e.phase}): ${e.mood}`;
    case 'commitment.made': return `Promise: ${e.description} (due ${formatSpan(e.dueAt - e.at)} later)`;
    case 'transfer': return `Transferred to ${e.to}`;
    case 'escalation': return `Escalated to ${e.to}: ${e.reason}`;
    case 'abuse.warned': return 'Warned the caller';
    case 'supervisor.offered': return 'Offered a supervisor';
    case 'disposition.set': return `Disposition: ${e.disposition}${e.rootCause ? ` (${e.rootCause.category})` : ''}`;
    default: {
      const unknown: never = e;
      return (unknown as { type: string }).type;
    }
  }
}

/** The timeline of a call's state (the final one, for the whole replay). `now` closes open holds' check-ins. */
export function timelineOf(state: CallState, policy: HoldPolicy, now: number = state.endedAt ?? state.log.events.at(-1)?.at ?? 0): Timeline {
  const ctx = checkContext(state, { policy, now });
  const holds = state.hold.holds.map((h, i) => ({
    n: i + 1,
    from: h.startedAt,
    to: h.endedAt,
    eventId: ctx.holdEvents[i]?.started.id ?? '',
    withPermission: holdHadPermission(h),
    checkins: checkinTimeline(h, policy, now),
  }));
  const refused = new Map(state.anomalies.map((a) => [a.eventId, a.reason]));
  const marks = state.log.events.map((e): TimelineMark => {
    const why = refused.get(e.id);
    return why === undefined ? { lane: LANES[e.type], at: e.at, eventId: e.id, label: label(e) } : { lane: 'refused', at: e.at, eventId: e.id, label: `${label(e)}: refused (${why})` };
  });
  return { holds, marks };
}
