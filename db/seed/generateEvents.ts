import type { CallEvent } from '../../core/call/events.js';
import { HEARD_SCRIPT } from '../../core/call/scripts/heard.js';
import type { NewCallEvent } from '../tables/callEvents.js';
import type { NewCall } from '../tables/calls.js';
import type { SeedContext } from './context.js';

/** An event without its envelope (id, callId, at): the type and the payload stored as JSON. */
type EventBody = CallEvent extends infer E ? (E extends CallEvent ? Omit<E, 'id' | 'callId' | 'at'> : never) : never;

const HEARD_STEPS = HEARD_SCRIPT.steps.map((s) => s.id);
const LAST_STEP = HEARD_STEPS[3] ?? 'resolve';

/**
 * What a rep records between call.started and call.ended, in the order a HEARD call goes:
 * the caller's mood, the script steps, closing items, then the wrap-up. A call with n
 * events in between takes the first n - 1 of these, then its disposition.
 */
function middle(call: NewCall): EventBody[] {
  return [
    { type: 'mood.set', phase: 'start', mood: call.moodStart ?? 'calm' },
    ...HEARD_STEPS.slice(0, 4).map((stepId): EventBody => ({ type: 'step.checked', stepId })),
    { type: 'closing.ticked', item: 'anything_else' },
    { type: 'closing.ticked', item: 'case_number' },
    { type: 'closing.ticked', item: 'thanked' },
    { type: 'mood.set', phase: 'end', mood: call.moodEnd ?? 'calm' },
  ];
}

/**
 * A call's event log, valid against core/call's CallEvent schemas so replays, QA scoring
 * and the reducer work on sample data: call.started first, call.ended last (when there are
 * two or more), `at` strictly increasing. The count averages eventsPerCall (3.33 gives 3
 * or 4).
 */
export function generateEvents(ctx: SeedContext, call: NewCall, out: NewCallEvent[]): void {
  const count = ctx.rng.spread(ctx.eventsPerCall);
  if (count === 0) return;
  const start = call.startedAt;
  const end = Math.max(call.endedAt ?? start, start + count);
  const bodies: EventBody[] = [
    {
      type: 'call.started',
      customerId: call.customerId,
      caseId: call.caseId,
      phone: call.phone,
      direction: call.direction,
      repName: call.repName,
      scriptId: HEARD_SCRIPT.id,
    },
  ];
  if (count >= 2) {
    const between = count - 2;
    const steps = middle(call);
    // A long log (a high --events-per-call) repeats un-tick / re-tick of the last step.
    for (let i = 0; steps.length < between - 1; i++) {
      steps.push({ type: i % 2 === 0 ? 'step.unchecked' : 'step.checked', stepId: LAST_STEP });
    }
    bodies.push(...steps.slice(0, Math.max(0, between - 1)));
    if (between >= 1) {
      bodies.push({ type: 'disposition.set', disposition: call.disposition ?? 'resolved', rootCause: null, summary: call.summary ?? '' });
    }
    bodies.push({ type: 'call.ended' });
  }
  // Spread the events over the call, each strictly after the one before, the last at its end.
  const span = end - start;
  let at = start;
  bodies.forEach(({ type, ...payload }, i) => {
    if (i > 0 && i === bodies.length - 1) at = end;
    else if (i > 0) at = Math.max(at + 1, start + Math.floor((span * i) / bodies.length) - ctx.rng.int(0, 5000));
    out.push({ id: ctx.ids.next(), callId: call.id, at, type, payload });
  });
}
