import type { CallEvent } from '../../call/events.js';
import type { HoldRecord } from '../../call/state.js';
import { answered, unknownAnswer, type AutoAnswer, type Evidence } from '../answer.js';
import { checkinTimeline, isLateVerdict } from '../hold/checkinTimeline.js';
import { clock, eventAt, evidence, formatSpan, promptOf, type CheckContext } from './context.js';

// Hold etiquette (DOMAIN.md, "Holds"): ask before every hold, come back on time, thank the
// caller on return. The facts come from the reducer's hold records.

/** The event that ended a hold (hold.ended, or the transfer, disposition or end of call that cut it short). */
export function holdEndEvent(ctx: CheckContext, hold: HoldRecord): CallEvent | null {
  if (hold.endedAt === null || hold.endedBy === null) return null;
  return eventAt(ctx, hold.endedBy, hold.endedAt);
}

/**
 * The log's own record decides: the question asked, and not refused. An answer that was
 * never logged is taken as the rep's client stated it on hold.started.
 */
export function holdHadPermission(hold: HoldRecord): boolean {
  return hold.permissionAsked && (hold.permissionGranted === true || (hold.permissionGranted === null && hold.withPermission));
}

/** Why a hold had no permission, in a few words. */
export function noPermissionWhy(hold: HoldRecord): string {
  if (hold.permissionGranted === false) return 'although the caller said no';
  return hold.permissionAsked ? "without the caller's answer" : 'without asking permission';
}

export function holdPermissionCheck(ctx: CheckContext): AutoAnswer {
  const holds = ctx.state.hold.holds;
  if (holds.length === 0) return answered('na', 'No holds on this call', []);
  const evidenceList: Evidence[] = [];
  let failures = 0;
  holds.forEach((hold, i) => {
    const logged = ctx.holdEvents[i];
    const asked = logged?.asked ?? null;
    const answer = logged?.answer ?? null;
    const start = logged?.started ?? null;
    const label = `hold ${i + 1}`;
    if (holdHadPermission(hold)) {
      // An answer with no logged question stands for both (the reducer reads it that way too).
      evidenceList.push(...evidence(ctx, asked ?? answer, `Asked permission before ${label}`));
      if (answer && asked !== null) evidenceList.push(...evidence(ctx, answer, 'The caller agreed to hold'));
      evidenceList.push(...evidence(ctx, start, `${cap(label)} started with permission`));
      return;
    }
    failures += 1;
    if (hold.permissionGranted === false) {
      evidenceList.push(...evidence(ctx, answer, 'The caller said no to holding'));
      evidenceList.push(...evidence(ctx, start, `${cap(label)} started although the caller said no`));
    } else if (hold.permissionAsked) {
      evidenceList.push(...evidence(ctx, asked, `Asked permission before ${label}, but no answer was recorded`));
      evidenceList.push(...evidence(ctx, start, `${cap(label)} started without the caller's answer`));
    } else {
      evidenceList.push(...evidence(ctx, start, `${cap(label)} started without asking permission`));
    }
  });
  const n = holds.length;
  if (failures === 0) return answered('yes', n === 1 ? 'Permission asked before the hold' : `Permission asked before each of ${n} holds`, evidenceList);
  return answered('no', `${failures} of ${n} hold${n === 1 ? '' : 's'} without the caller's permission`, evidenceList);
}

export function holdCheckinsCheck(ctx: CheckContext): AutoAnswer {
  const holds = ctx.state.hold.holds;
  if (holds.length === 0) return answered('na', 'No holds on this call', []);
  const evidenceList: Evidence[] = [];
  let judged = 0;
  let late = 0;
  holds.forEach((hold, i) => {
    const label = `hold ${i + 1}`;
    for (const j of checkinTimeline(hold, ctx.policy, ctx.now)) {
      // Not judged yet: the hold is open and this check-in is not late.
      if (j.verdict === 'upcoming' || j.verdict === 'due') continue;
      judged += 1;
      const bad = isLateVerdict(j.verdict);
      if (bad) late += 1;
      const ev = j.by === 'checkin' ? eventAt(ctx, 'hold.checkin_done', j.doneAt ?? -1) : j.by === 'hold_end' ? holdEndEvent(ctx, hold) : null;
      const prompt = promptOf(ctx, i, j.n);
      if (j.verdict === 'on_time') evidenceList.push(...evidence(ctx, ev, `Check-in ${j.n} of ${label} on time (due ${clock(ctx, j.dueAt)})`));
      else if (j.verdict === 'late') evidenceList.push(...evidence(ctx, ev, `Check-in ${j.n} of ${label} ${formatSpan(j.lateByMs)} after it was due (${clock(ctx, j.dueAt)})`));
      else if (j.verdict === 'missed') {
        evidenceList.push(...evidence(ctx, prompt, `Check-in ${j.n} of ${label} prompted, not done`));
        evidenceList.push(...evidence(ctx, ev, `Came back only when the hold ended, ${formatSpan(j.lateByMs)} after check-in ${j.n} was due`));
      } else {
        evidenceList.push(...evidence(ctx, prompt ?? ctx.holdEvents[i]?.started ?? null, `Check-in ${j.n} of ${label} due at ${clock(ctx, j.dueAt)}, not done yet`));
      }
    }
  });
  if (judged === 0) return answered('yes', 'Every hold ended before a check-in was due', holds.flatMap((h, i) => evidence(ctx, holdEndEvent(ctx, h), `Hold ${i + 1} ended before a check-in was due`)));
  if (late === 0) return answered('yes', `All ${judged} check-in${judged === 1 ? '' : 's'} on time`, evidenceList);
  return answered('no', `${late} of ${judged} check-in${judged === 1 ? '' : 's'} late or missed`, evidenceList);
}

/** The log records the return from hold, not the words said: the supervisor listens there. */
export function holdThanksCheck(ctx: CheckContext): AutoAnswer {
  const holds = ctx.state.hold.holds;
  if (holds.length === 0) return answered('na', 'No holds on this call', []);
  const returns = holds.flatMap((h, i) => evidence(ctx, holdEndEvent(ctx, h), `Return from hold ${i + 1}: listen for "thank you for holding"`));
  return unknownAnswer('The log records the return from hold, not whether the rep said thank you', returns);
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
