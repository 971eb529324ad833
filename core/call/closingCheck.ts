import { CLOSING_ITEMS, type ClosingItem, type ClosingItemId } from './closing.js';
import type { CallState } from './state.js';

/** The caller's mood as last recorded: the end mood once set, else the start mood. */
export function latestMood(state: CallState): CallState['mood']['start'] {
  return state.mood.end ?? state.mood.start;
}

/**
 * Whether an item applies to this call. "What would make it right" applies unless the
 * caller is known to be calm: with no mood recorded the app cannot tell, and asking a calm
 * caller costs less than letting an unhappy one go.
 */
export function closingItemRequired(item: ClosingItem, state: CallState): boolean {
  return item.requiredWhen === 'always' || latestMood(state) !== 'calm';
}

function satisfied(item: ClosingItem, state: CallState): boolean {
  if (state.closing.ticked[item.id] !== undefined) return true;
  return item.satisfiedBySteps.some((stepId) => state.checked.some((c) => c.stepId === stepId));
}

/** Closing items that apply to this call and are not done, in checklist order (the truth, for QA). */
export function closingMissing(state: CallState): ClosingItemId[] {
  return CLOSING_ITEMS.filter((item) => closingItemRequired(item, state) && !satisfied(item, state)).map((item) => item.id);
}

/** What still stands between the rep and ending the call: missing items not covered by an override. */
export function closingUnresolved(state: CallState): ClosingItemId[] {
  const overridden = state.closing.override?.missing ?? [];
  return closingMissing(state).filter((id) => !overridden.includes(id));
}
