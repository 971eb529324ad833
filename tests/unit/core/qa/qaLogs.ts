import { CLOSING_ITEM_IDS } from '../../../../core/call/closing.js';
import type { CallEvent } from '../../../../core/call/index.js';
import { CASE_ID, SECOND, T0, callLog, note, started, uuid, type LogBuilder } from '../call/builders.js';

// Call logs for the QA tests: a good HEARD call to start from, and helpers that state each
// event's time in seconds into the call.

export { SECOND, T0 };
export const sec = (s: number) => T0 + s * SECOND;

let commitmentCounter = 0xc000;
export function commitment(log: LogBuilder, description: string, dueInMs: number, atSec: number): LogBuilder {
  commitmentCounter += 1;
  return log.at(atSec * SECOND).add('commitment.made', { commitmentId: uuid(commitmentCounter), description, owner: 'Sam Rivera', dueAt: T0 + atSec * SECOND + dueInMs });
}

/** A HEARD call that does everything right: one hold with permission and an on-time check-in. */
export function goodHeardCall(): LogBuilder {
  const log = started(callLog(), 'heard', CASE_ID);
  log.at(2 * SECOND).add('mood.set', { phase: 'start', mood: 'upset' });
  note(log.at(20 * SECOND), 'Order 5512 arrived with a cracked screen.');
  log.at(40 * SECOND).add('step.checked', { stepId: 'listen' });
  log.at(50 * SECOND).add('step.checked', { stepId: 'empathize' });
  log.at(55 * SECOND).add('step.checked', { stepId: 'apologize' });
  log.at(60 * SECOND).add('hold.permission_asked');
  log.at(62 * SECOND).add('hold.permission_answered', { granted: true });
  log.at(63 * SECOND).add('hold.started', { withPermission: true });
  log.at(90 * SECOND).add('hold.checkin_done');
  log.at(100 * SECOND).add('hold.ended');
  log.at(110 * SECOND).add('step.checked', { stepId: 'resolve' });
  commitment(log, 'Call back with the tracking number', 3_600_000, 120);
  closeWell(log, 130);
  return log;
}

/** Ticks every closing item, sets the end mood and a disposition with a root cause, ends the call. */
export function closeWell(log: LogBuilder, atSec: number): LogBuilder {
  for (const item of CLOSING_ITEM_IDS) log.at(atSec * SECOND).add('closing.ticked', { item });
  log.at((atSec + 5) * SECOND).add('mood.set', { phase: 'end', mood: 'calm' });
  log.at((atSec + 10) * SECOND).add('disposition.set', { disposition: 'pending', rootCause: { category: 'delivery', note: 'Crushed in transit' }, summary: 'Replacement sent' });
  log.at((atSec + 15) * SECOND).add('step.checked', { stepId: 'diagnose' });
  log.at((atSec + 20) * SECOND).add('call.ended');
  return log;
}

export function findEvent(events: readonly CallEvent[], type: CallEvent['type'], atSec?: number): CallEvent {
  const e = events.find((x) => x.type === type && (atSec === undefined || x.at === sec(atSec)));
  if (!e) throw new Error(`no ${type} event${atSec === undefined ? '' : ` at ${atSec}s`}`);
  return e;
}
