import type { CallEvent } from '../../call/events.js';
import { DEFAULT_HOLD_POLICY, type HoldPolicy } from '../../call/holdPolicy.js';
import type { CallState } from '../../call/state.js';
import { autoAnswersForState, type AutoAnswers } from '../checks/registry.js';
import { callFlags } from '../flags/callFlags.js';
import type { ReviewFlag } from '../flags/types.js';
import { replayFrame, type ReplayFrame } from './frame.js';
import { buildReplayIndex, stateAfter, type ReplayIndex, type ReplayOptions } from './replayIndex.js';

// A call opened for review: the index for seeking, the final state, its flags (for "next
// flag"), and the bounds of the timeline. Built once per call; every seek is then cheap.

export type Replay = {
  index: ReplayIndex;
  policy: HoldPolicy;
  final: CallState;
  flags: readonly ReviewFlag[];
  /** Timeline bounds: the first and last event (the end of the call when it ended). */
  startAt: number | null;
  endAt: number | null;
};

export function openReplay(events: readonly CallEvent[], options: ReplayOptions & { policy?: HoldPolicy } = {}): Replay {
  const index = buildReplayIndex(events, options);
  const policy = options.policy ?? DEFAULT_HOLD_POLICY;
  const final = stateAfter(index, index.events.length, Infinity);
  const flags = callFlags(final, { policy, catalog: index.catalog });
  return { index, policy, final, flags, startAt: index.events[0]?.at ?? null, endAt: index.events.at(-1)?.at ?? null };
}

export type ReplayView = { frame: ReplayFrame; auto: AutoAnswers };

/** The call at moment t: the panels' frame and the automatic answers as they stood then. */
export function replayAt(replay: Replay, t: number): ReplayView {
  const frame = replayFrame(replay.index, t, replay.policy);
  return { frame, auto: autoAnswersForState(frame.state, { policy: replay.policy, catalog: replay.index.catalog, now: t }) };
}
