import type { CallState } from './state.js';

export type WrapUpField = 'disposition' | 'root_cause' | 'mood_end';

/**
 * After-call work still to do (DOMAIN.md, "Closing": disposition, root cause, mood at the
 * end). The root cause is asked of every call, not only HEARD ones: Diagnose is how the
 * process gets fixed, whatever method calmed the caller.
 */
export function wrapUpMissing(state: CallState): WrapUpField[] {
  const missing: WrapUpField[] = [];
  if (state.disposition === null) missing.push('disposition');
  if (state.disposition?.rootCause == null) missing.push('root_cause');
  if (state.mood.end === null) missing.push('mood_end');
  return missing;
}
