import { z } from 'zod';
import type { EventName } from './names.js';

// Events the backend pushes to every window (no reply expected).
export const events = {
  /** A number arrived from outside (tel:/heard: link, --call, a softphone): pop it. */
  'screenPop.requested': z.object({
    number: z.string(),
    source: z.enum(['link', 'argv', 'softphone']),
  }),
} as const satisfies Record<EventName, z.ZodType>;

export type Events = typeof events;
export type EventPayload<K extends EventName> = z.output<Events[K]>;
