import { z } from 'zod';
import { Timestamp } from '../model/customer.js';
import { CallDirection, Disposition, Mood } from '../model/enums.js';
import { Id } from '../model/ids.js';
import { LIMITS } from '../model/limits.js';
import { ClosingItemId } from './closing.js';
import { Handover } from './handoverSchema.js';
import { RootCause } from './rootCause.js';
import { ScriptId, StepId } from './scripts/schema.js';

// A call is an append-only log of these (DESIGN.md, "The call as an event log"). Events are
// immutable and unique by id, so logs from two devices merge by union; everything else about
// a call is derived by the reducer. Objects strip unknown keys rather than refuse them, so a
// log written by a newer client still reads.

const base = {
  id: Id,
  callId: Id,
  /** Wall-clock ms since the epoch, stamped by the backend's call clock (clock.ts). */
  at: Timestamp,
};

const event = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.object({ ...base, type: z.literal(type), ...shape });

const text = (max: number) => z.string().trim().min(1).max(max);

export const CallStarted = event('call.started', {
  customerId: Id,
  caseId: Id.nullable(),
  phone: z.string().max(LIMITS.phoneInput),
  direction: CallDirection,
  repName: text(LIMITS.name),
  scriptId: ScriptId,
});
export const StepChecked = event('step.checked', { stepId: StepId });
export const StepUnchecked = event('step.unchecked', { stepId: StepId });
export const ScriptSwitched = event('script.switched', { scriptId: ScriptId });

export const HoldPermissionAsked = event('hold.permission_asked', {});
export const HoldPermissionAnswered = event('hold.permission_answered', { granted: z.boolean() });
export const HoldStarted = event('hold.started', { withPermission: z.boolean() });
/** The backend's timer prompted check-in number n (1-based) of the current hold. A record only: prompts derive from times. */
export const HoldCheckinDue = event('hold.checkin_due', { n: z.number().int().min(1) });
export const HoldCheckinDone = event('hold.checkin_done', {});
export const HoldEnded = event('hold.ended', {});
export const HoldCallbackOffered = event('hold.callback_offered', {});

export const NoteAdded = event('note.added', { noteId: Id, body: text(LIMITS.noteBody) });
export const MoodSet = event('mood.set', { phase: z.enum(['start', 'end']), mood: Mood });
export const AbuseWarned = event('abuse.warned', {});
export const SupervisorOffered = event('supervisor.offered', {});
export const Transfer = event('transfer', { to: text(LIMITS.name), handover: Handover });
export const Escalation = event('escalation', { to: text(LIMITS.name), reason: text(LIMITS.summary), handover: Handover });

export const ClosingTicked = event('closing.ticked', { item: ClosingItemId });
export const ClosingUnticked = event('closing.unticked', { item: ClosingItemId });
/** The rep closes without some items, and says why (no case for a quick question, the caller hung up). */
export const ClosingOverride = event('closing.override', {
  missing: z.array(ClosingItemId).min(1),
  reason: text(LIMITS.summary),
});

export const CommitmentMade = event('commitment.made', {
  commitmentId: Id,
  description: text(LIMITS.commitment),
  owner: text(LIMITS.name),
  dueAt: Timestamp,
});
export const DispositionSet = event('disposition.set', {
  disposition: Disposition,
  rootCause: RootCause.nullable(),
  summary: z.string().trim().max(LIMITS.summary),
});
export const CallEnded = event('call.ended', {});

export const CallEvent = z.discriminatedUnion('type', [
  CallStarted,
  StepChecked,
  StepUnchecked,
  ScriptSwitched,
  HoldPermissionAsked,
  HoldPermissionAnswered,
  HoldStarted,
  HoldCheckinDue,
  HoldCheckinDone,
  HoldEnded,
  HoldCallbackOffered,
  NoteAdded,
  MoodSet,
  AbuseWarned,
  SupervisorOffered,
  Transfer,
  Escalation,
  ClosingTicked,
  ClosingUnticked,
  ClosingOverride,
  CommitmentMade,
  DispositionSet,
  CallEnded,
]);
export type CallEvent = z.infer<typeof CallEvent>;
export type CallEventType = CallEvent['type'];
/** One kind of event: CallEventOf<'hold.started'>. */
export type CallEventOf<T extends CallEventType> = Extract<CallEvent, { type: T }>;

export const CALL_EVENT_TYPES = CallEvent.options.map((o) => o.shape.type.value) as readonly CallEventType[];
