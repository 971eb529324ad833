import { holdDeadlines, type HoldPolicy } from '../../core/call/holdPolicy.js';
import { currentHold, type CallState } from '../../core/call/state.js';
import type { FiredPrompt, HoldPromptKind } from '../../db/tables/holdPrompts.js';

// Which hold prompts a call is waiting for, from its log and the team's policy alone: the
// same after a restart, so the timer re-arms at exactly the same moments.

export type HoldPrompt = {
  kind: HoldPromptKind;
  /** The check-in this prompt is about; null for the callback offer. */
  checkinNumber: number | null;
  /** When it is due by the call's clock. */
  dueAt: number;
  /** Identifies the prompt for "fired once": the hold (by its start) and check-in number; 0, 0 for the callback offer. */
  holdStartedAt: number;
  number: number;
};

/** The prompts of the hold in progress: the next check-in due and late, and the callback offer if it falls in this hold. */
export function holdPrompts(state: CallState, policy: HoldPolicy): HoldPrompt[] {
  if (state.endedAt !== null) return [];
  const hold = currentHold(state.hold);
  const deadlines = holdDeadlines(state.hold, policy);
  if (!hold || !deadlines) return [];
  const n = deadlines.checkinNumber;
  const prompts: HoldPrompt[] = [
    { kind: 'checkin_due', checkinNumber: n, dueAt: deadlines.checkinDueAt, holdStartedAt: hold.startedAt, number: n },
    { kind: 'checkin_late', checkinNumber: n, dueAt: deadlines.checkinLateAt, holdStartedAt: hold.startedAt, number: n },
  ];
  // One callback offer per call: once total hold time has passed the mark, later holds do not repeat it.
  if (deadlines.callbackAt !== null) prompts.push({ kind: 'offer_callback', checkinNumber: null, dueAt: deadlines.callbackAt, holdStartedAt: 0, number: 0 });
  return prompts;
}

export function promptKey(callId: string, p: Pick<HoldPrompt, 'kind' | 'holdStartedAt' | 'number'> | FiredPrompt): string {
  const n = 'number' in p ? p.number : p.checkinNumber;
  return `${callId}|${p.kind}|${p.holdStartedAt}|${n}`;
}

/**
 * The prompts not fired yet. A check-in prompt counts as fired when the store says so or
 * the log already holds its hold.checkin_due record (the two are written together; either
 * is enough); `alsoFired` covers prompts shown while the store could not record them.
 */
export function unfiredPrompts(callId: string, state: CallState, prompts: readonly HoldPrompt[], fired: readonly FiredPrompt[], alsoFired: ReadonlySet<string>): HoldPrompt[] {
  const done = new Set(fired.map((f) => promptKey(callId, f)));
  const logged = currentHold(state.hold)?.checkinsDue.map((d) => d.n) ?? [];
  return prompts.filter((p) => {
    const key = promptKey(callId, p);
    if (done.has(key) || alsoFired.has(key)) return false;
    return !(p.kind === 'checkin_due' && logged.includes(p.number));
  });
}

/**
 * What to announce of the prompts due together. When a check-in's due and late moments have
 * both passed (the app was down, the machine slept), the rep hears only that it is late:
 * two alerts for one missed check-in would be noise.
 */
export function promptsToAnnounce(due: readonly HoldPrompt[]): HoldPrompt[] {
  const lateNumbers = new Set(due.filter((p) => p.kind === 'checkin_late').map((p) => p.number));
  return due.filter((p) => !(p.kind === 'checkin_due' && lateNumbers.has(p.number)));
}
