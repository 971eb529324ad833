import type { CallEvent } from '../../call/events.js';
import type { ReviewFlag } from '../flags/types.js';
import { countAtOrBefore, countBefore, type ReplayIndex } from './replayIndex.js';

// Stepping through a replay by key. Positions are times (what a link "open at 1:05" names);
// events that share a millisecond are one step, since the rep saw them land together.

/** The first event after t, or null at the end. */
export function nextEventAfter(index: ReplayIndex, t: number): CallEvent | null {
  return index.events[countAtOrBefore(index, t)] ?? null;
}

/** The last event before t, or null at the start. */
export function previousEventBefore(index: ReplayIndex, t: number): CallEvent | null {
  return index.events[countBefore(index, t) - 1] ?? null;
}

/** The first flag after t (flags sorted by time, as callFlags returns them), or null. */
export function nextFlagAfter(flags: readonly ReviewFlag[], t: number): ReviewFlag | null {
  return flags.find((f) => f.at > t) ?? null;
}

export function previousFlagBefore(flags: readonly ReviewFlag[], t: number): ReviewFlag | null {
  return flags.findLast((f) => f.at < t) ?? null;
}
