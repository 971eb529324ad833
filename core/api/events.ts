import { z } from 'zod';
import { CommitmentView } from '../model/commitment.js';
import { Timestamp } from '../model/customer.js';
import { Id } from '../model/ids.js';
import { CallSnapshot } from './schemas/call.js';
import { SyncStatus } from './schemas/sync.js';
import { namesOf } from './keys.js';
import { SCREEN_POP_SOURCES } from './wire.js';

// Events the backend pushes to every window (no reply expected).
export const events = {
  /** A number arrived from outside (tel:/heard: link, --call, a softphone): pop it. */
  'screenPop.requested': z.object({
    number: z.string(),
    source: z.enum(SCREEN_POP_SOURCES),
  }),
  /**
   * The backend's hold timer: a check-in is due, is late (escalated), or the hold has run
   * long enough to offer a callback. Fired on time whether or not a window is open.
   */
  'hold.prompt': z.object({
    callId: Id,
    kind: z.enum(['checkin_due', 'checkin_late', 'offer_callback']),
    checkinNumber: z.number().int().nullable(),
    dueAt: Timestamp,
    firedAt: Timestamp,
  }),
  /** A call's log grew (a command, the hold timer): the call as it now stands, so no window re-reads it. */
  'call.changed': z.object({ callId: Id, call: CallSnapshot }),
  /** A promise to a caller fell due now. */
  'commitment.due': z.object({ commitment: CommitmentView.extend({ customerName: z.string() }) }),
  /** Sync state moved (online/offline, waiting count, an error, an enrolment's outcome). */
  'sync.changed': SyncStatus,
  /** Changes from other desks were applied: what is on screen may be stale. */
  'sync.pulled': z.object({ fresh: z.number().int().nonnegative(), customerIds: z.array(z.string()), callIds: z.array(z.string()) }),
} as const satisfies Record<string, z.ZodType>;

export type Events = typeof events;
export type EventName = keyof Events;

const eventNames = namesOf(events);
export const EVENT_NAMES = eventNames.names;
export const isEventName = eventNames.is;

export type EventPayload<K extends EventName> = z.output<Events[K]>;
