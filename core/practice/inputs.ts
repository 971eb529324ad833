import { z } from 'zod';
import type { CallEvent } from '../call/events.js';

// What drives the simulated caller: what the trainee says (or that they let the caller talk),
// time passing, and the same call events a real call records (DESIGN.md: "practice mode: a
// scenario feeds caller lines; the trainee's actions are the same log"). `at` is call-clock
// time, like a call event's, so a session replays exactly.

const at = z.number().int().nonnegative();

export const PracticeInput = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('say'), at, text: z.string().max(2000) }),
  /** The trainee stays quiet (or says "mm-hm") and lets the caller go on. */
  z.strictObject({ type: z.literal('listen'), at }),
  /** Time passes with nothing said: long silences and hold time are charged from these. */
  z.strictObject({ type: z.literal('tick'), at }),
  z.strictObject({ type: z.literal('hold.permission_asked'), at }),
  z.strictObject({ type: z.literal('hold.started'), at }),
  z.strictObject({ type: z.literal('hold.checkin_done'), at }),
  /** The backend's timer found a check-in late (the escalated prompt of holdPolicy.promptState). */
  z.strictObject({ type: z.literal('hold.checkin_missed'), at }),
  z.strictObject({ type: z.literal('hold.ended'), at }),
  z.strictObject({ type: z.literal('commitment.made'), at, dueAt: z.number().int().nonnegative(), description: z.string().max(500) }),
  z.strictObject({ type: z.literal('supervisor.offered'), at }),
  z.strictObject({ type: z.literal('abuse.warned'), at }),
  z.strictObject({ type: z.literal('call.ended'), at }),
]);
export type PracticeInput = z.infer<typeof PracticeInput>;
export type PracticeInputType = PracticeInput['type'];

/**
 * The practice input a recorded call event stands for, or null for events the caller does not
 * react to (steps ticked, notes, closing items). The caller's own answer to a hold question
 * comes back from the engine as an emission, so hold.permission_answered maps to nothing.
 */
export function fromCallEvent(event: CallEvent): PracticeInput | null {
  switch (event.type) {
    case 'hold.permission_asked':
    case 'hold.checkin_done':
    case 'hold.ended':
    case 'supervisor.offered':
    case 'call.ended':
      return { type: event.type, at: event.at };
    case 'hold.started':
      return { type: 'hold.started', at: event.at };
    case 'abuse.warned':
      return { type: 'abuse.warned', at: event.at };
    case 'commitment.made':
      return { type: 'commitment.made', at: event.at, dueAt: event.dueAt, description: event.description };
    default:
      return null;
  }
}
