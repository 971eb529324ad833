import { z } from 'zod';
import { Timestamp } from '../../model/customer.js';
import { Role } from '../../sync/enrolment.js';

// The desk's view of sync (issue 4): what the status pill and the sync panel show, and the
// settings to enrol, pause and sign out. Enrolment talks to the server, so its command
// starts it and returns at once; the outcome arrives as a `sync.changed` event.

export const SyncState = z.enum([
  /** No account on this desk: everything works locally; nothing is sent. */
  'not_enrolled',
  /** The rep chose to work offline. */
  'paused',
  /** Enrolled, no round has finished since the app started. */
  'connecting',
  /** Enrolled, the last round reached the server. */
  'online',
  /** Enrolled, the server could not be reached; retrying with back-off. */
  'offline',
  /** The server refused the token (revoked): sign in again with a new code. */
  'signed_out',
  /** Another device holds this desk's identity: sign out and enrol again. */
  'cloned',
  /** The server no longer accepts this version of the app. */
  'outdated',
  /** Any other failure of the last round, with its message in lastError. */
  'error',
]);
export type SyncState = z.infer<typeof SyncState>;

export const SyncStatus = z.object({
  state: SyncState,
  /** A round (or an enrolment) is running now. */
  busy: z.boolean(),
  server: z.string().nullable(),
  user: z.object({ name: z.string(), role: Role, team: z.string().nullable() }).nullable(),
  device: z.object({ id: z.string(), name: z.string().nullable() }),
  /** Trainee desks hold practice data only. */
  practice: z.boolean(),
  /** Local changes the server has not acknowledged yet, and how long the oldest has waited. */
  waiting: z.number().int().nonnegative(),
  oldestWaitingAgeMs: z.number().int().nonnegative().nullable(),
  /** Changes the server refused, kept with their reasons for review. */
  rejected: z.number().int().nonnegative(),
  /** Of those, the ones the rep has not had in front of them yet (sync.reviewRejections). */
  unreviewed: z.number().int().nonnegative(),
  lastSyncAt: Timestamp.nullable(),
  lastError: z.object({ message: z.string(), at: Timestamp }).nullable(),
  /** The last enrolment attempt failed with this (shown on the enrol form). */
  enrolError: z.string().nullable(),
});
export type SyncStatus = z.infer<typeof SyncStatus>;

export const RejectedChangeView = z.object({
  seq: z.number().int(),
  entity: z.string(),
  entityId: z.string(),
  kind: z.string(),
  /** One line saying what the change was, for a rep: "note: 'Called back, no answer'". */
  summary: z.string(),
  reason: z.string(),
  madeAt: Timestamp,
  rejectedAt: Timestamp,
});
export type RejectedChangeView = z.infer<typeof RejectedChangeView>;

const empty = z.strictObject({});

export const syncCommands = {
  'sync.status': { input: empty, output: SyncStatus },
  'sync.enrol': {
    input: z.strictObject({
      serverUrl: z.string().trim().min(1, 'Enter the server address.').max(500),
      code: z.string().trim().min(1, 'Enter the enrolment code.').max(64),
      deviceName: z.string().trim().min(1, 'Name this desk.').max(100),
    }),
    output: SyncStatus,
  },
  'sync.signOut': { input: empty, output: SyncStatus },
  /** Work offline (true) or resume (false); resuming syncs at once. */
  'sync.setPaused': { input: z.strictObject({ paused: z.boolean() }), output: SyncStatus },
  'sync.now': { input: empty, output: SyncStatus },
  /** The rep has seen the refused changes up to this one: the pill stops asking for them. */
  'sync.reviewRejections': { input: z.strictObject({ throughSeq: z.number().int().nonnegative() }), output: SyncStatus },
  'sync.rejections': { input: z.strictObject({ limit: z.number().int().min(1).max(500).default(100) }), output: z.object({ rejected: z.array(RejectedChangeView) }) },
} as const;
