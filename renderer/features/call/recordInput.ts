import type { RecordableEvent } from '../../../core/api/schemas/call.js';

/** Omit over each member of a union, so the discriminant still narrows. */
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/**
 * An event as the UI builds it: everything but the id, which the store makes (UUIDv7) unless
 * the caller passes one to retry the same write (a note whose answer was lost).
 */
export type RecordInput = DistributiveOmit<RecordableEvent, 'id'> & { id?: string };
