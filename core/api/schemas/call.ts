import { z } from 'zod';
import { CallEvent } from '../../call/events.js';
import { ClosingItemId } from '../../call/closing.js';
import { RootCause } from '../../call/rootCause.js';
import { ScriptDefinition, ScriptId, StepId } from '../../call/scripts/schema.js';
import type { CallSnapshot as CallSnapshotType } from '../../call/view.js';
import { CallDirection, CaseStatus, Disposition, Mood } from '../../model/enums.js';
import { Timestamp } from '../../model/customer.js';
import { Id } from '../../model/ids.js';
import { LIMITS } from '../../model/limits.js';

// The live call over the contract. The renderer makes each event's id (so a retried write
// is the same event) and says what happened; the backend stamps the time with its clock,
// fills what it derives (a hold's permission flag, a hand-over summary), checks the event
// against the call so far, and appends it durably before answering.

const text = (max: number, what: string) => z.string().trim().min(1, `${what} is empty.`).max(max, `${what} has at most ${max} characters.`);
const recordable = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.strictObject({ id: Id, type: z.literal(type), ...shape });

export const RecordableEvent = z.discriminatedUnion('type', [
  recordable('step.checked', { stepId: StepId }),
  recordable('step.unchecked', { stepId: StepId }),
  recordable('script.switched', { scriptId: ScriptId }),
  recordable('hold.permission_asked', {}),
  recordable('hold.permission_answered', { granted: z.boolean() }),
  /** Permission is taken from the log (asked and granted just before), not from the client. */
  recordable('hold.started', {}),
  recordable('hold.checkin_done', {}),
  recordable('hold.ended', {}),
  recordable('hold.callback_offered', {}),
  recordable('note.added', { body: text(LIMITS.noteBody, 'A note') }),
  recordable('mood.set', { phase: z.enum(['start', 'end']), mood: Mood }),
  recordable('abuse.warned', {}),
  recordable('supervisor.offered', {}),
  /** The hand-over summary is written by the backend from the call so far. */
  recordable('transfer', { to: text(LIMITS.name, 'Who the call goes to') }),
  recordable('escalation', { to: text(LIMITS.name, 'Who it goes to'), reason: text(LIMITS.summary, 'The reason') }),
  recordable('closing.ticked', { item: ClosingItemId }),
  recordable('closing.unticked', { item: ClosingItemId }),
  recordable('closing.override', { missing: z.array(ClosingItemId).min(1), reason: text(LIMITS.summary, 'The reason') }),
  recordable('commitment.made', {
    description: text(LIMITS.commitment, 'The promise'),
    /** Defaults to the rep on the call. */
    owner: text(LIMITS.name, 'The owner').optional(),
    dueAt: Timestamp,
  }),
  recordable('disposition.set', { disposition: Disposition, rootCause: RootCause.nullable(), summary: z.string().trim().max(LIMITS.summary) }),
  recordable('call.ended', {}),
]);
export type RecordableEvent = z.infer<typeof RecordableEvent>;

/** The team's hold policy in force when the snapshot was made (core/call/holdPolicy.ts). */
const HoldPolicyWire = z.object({
  firstCheckinMs: z.number().int().nonnegative(),
  checkinIntervalMs: z.number().int().positive(),
  lateAfterMs: z.number().int().nonnegative(),
  callbackAfterMs: z.number().int().nonnegative(),
});

/**
 * A call over the contract: its log once, and what it takes to derive the view from it
 * (core/call/view.ts callView); nothing derived travels beside it.
 */
export const CallSnapshot = z.object({
  callId: Id,
  customer: z.object({ id: Id, name: z.string() }),
  case: z.object({ id: Id, number: z.string(), subject: z.string(), status: CaseStatus }).nullable(),
  events: z.array(CallEvent),
  scripts: z.array(ScriptDefinition),
  policy: HoldPolicyWire,
  /** The backend's clock when this snapshot was made, so the UI times holds on the same clock. */
  now: Timestamp,
}) satisfies z.ZodType<CallSnapshotType>;
export type CallSnapshot = z.infer<typeof CallSnapshot>;

// The view every screen shows is derived from the snapshot by core/call/view.ts.
export type { CallView, HoldView } from '../../call/view.js';

export const StartCallInput = z
  .strictObject({
    callId: Id.optional(),
    customerId: Id,
    /** An existing case, or null with newCaseSubject to open one, or null for no case yet. */
    caseId: Id.nullable(),
    newCaseSubject: text(LIMITS.subject, 'The case subject').optional(),
    phone: z.string().max(LIMITS.phoneInput),
    direction: CallDirection.default('inbound'),
    scriptId: ScriptId.default('heard'),
  })
  .refine((input) => !(input.caseId && input.newCaseSubject), { message: 'Give an existing case or a new case subject, not both.', path: ['newCaseSubject'] });

export const ScriptList = z.object({
  scripts: z.array(ScriptDefinition),
  /** Custom script files that failed to load, each naming the file and the field. */
  problems: z.array(z.string()),
});

/** Team settings; the hold ones are core/call's HoldPolicySettings, all present. */
export const Settings = z.object({
  firstCheckinSec: z.number().int(),
  checkinIntervalSec: z.number().int(),
});
export type Settings = z.infer<typeof Settings>;

export const callCommands = {
  /** Starts a call for a popped customer, on an existing case, a new one, or none yet. */
  'call.start': { input: StartCallInput, output: CallSnapshot },
  /** Appends one event to a live call; durable before the answer. */
  'call.record': { input: z.strictObject({ callId: Id, event: RecordableEvent }), output: CallSnapshot },
  'call.get': { input: z.strictObject({ callId: Id }), output: CallSnapshot },
  /** The call still open on this desk, if any: how a reload resumes where it was. */
  'call.active': { input: z.strictObject({}), output: z.object({ call: CallSnapshot.nullable() }) },
  'scripts.list': { input: z.strictObject({}), output: ScriptList },
  'settings.get': { input: z.strictObject({}), output: Settings },
  'settings.update': {
    input: z.strictObject({
      firstCheckinSec: z.number().int().min(15, 'The first check-in is 15 to 60 seconds after the hold starts').max(60, 'The first check-in is 15 to 60 seconds after the hold starts').optional(),
      checkinIntervalSec: z.number().int().min(15, 'The check-in interval is 15 to 120 seconds').max(120, 'The check-in interval is 15 to 120 seconds').optional(),
    }),
    output: Settings,
  },
} as const;
