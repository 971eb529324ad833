import { z } from 'zod';
import { ChangeRecord, DeviceId } from './change.js';

// Push and pull bodies (DESIGN.md, Sync). Every request names its protocol so the server can
// refuse an old client with a clear message (protocol.ts). Batch limits keep one request,
// and so one server transaction, bounded; a client with more to send pushes again.

export const SYNC_LIMITS = {
  pushChanges: 500,
  pullDefault: 200,
  pullMax: 1000,
  cursor: 200,
  reason: 500,
} as const;

const Protocol = z.number().int().nonnegative();
const Seq = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);

export const PushRequest = z
  .strictObject({
    protocol: Protocol,
    deviceId: DeviceId,
    changes: z.array(ChangeRecord).max(SYNC_LIMITS.pushChanges),
  })
  .superRefine((req, ctx) => {
    // One device's outbox, in order: the server acknowledges by position, so a batch that
    // mixes devices or repeats or reorders positions is a client bug, refused whole.
    let last = 0;
    req.changes.forEach((c, i) => {
      if (c.deviceId !== req.deviceId) ctx.addIssue({ code: 'custom', path: ['changes', i, 'deviceId'], message: 'every change must come from the pushing device' });
      if (c.seq <= last) ctx.addIssue({ code: 'custom', path: ['changes', i, 'seq'], message: 'seq must be strictly increasing within a push' });
      last = c.seq;
    });
  });
export type PushRequest = z.infer<typeof PushRequest>;

export const PushResponse = z.strictObject({
  /** Highest seq now stored or stored-as-rejected; the client drops its outbox through here. 0: none yet. */
  ackedThrough: z.number().int().nonnegative(),
  /** Permanently invalid changes (forbidden, illegal): stored with the reason, position advanced. */
  rejected: z.array(z.strictObject({ seq: Seq, reason: z.string().max(SYNC_LIMITS.reason) })),
  /** The first missing seq when the batch did not follow on from what the server holds. */
  stoppedAtGap: Seq.nullable(),
  /** Stamps too far in the server's future: not stored; the client re-stamps and pushes again. */
  clockRefused: z.array(z.strictObject({ seq: Seq, serverNow: z.number().int().nonnegative() })),
});
export type PushResponse = z.infer<typeof PushResponse>;

/** Opaque to the client: the server's per-space version counter, as text. */
export const SyncCursor = z.string().min(1).max(SYNC_LIMITS.cursor);

export const PullRequest = z.strictObject({
  protocol: Protocol,
  /** null: from the beginning. */
  cursor: SyncCursor.nullable(),
  limit: z.number().int().min(1).max(SYNC_LIMITS.pullMax).default(SYNC_LIMITS.pullDefault),
});
export type PullRequest = z.infer<typeof PullRequest>;

export const PullResponse = z.strictObject({
  changes: z.array(ChangeRecord).max(SYNC_LIMITS.pullMax),
  /** Where the next pull starts; null only when nothing has ever been pulled. */
  cursor: SyncCursor.nullable(),
  /** More changes are waiting: pull again at once. */
  more: z.boolean(),
});
export type PullResponse = z.infer<typeof PullResponse>;
