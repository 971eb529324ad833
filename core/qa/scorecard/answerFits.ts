import type { AnswerValue } from '../answer.js';
import type { Criterion } from './schema.js';

/** Why this answer does not fit the criterion (its scale, N/A allowed or not), or null when it does. */
export function answerMisfit(criterion: Criterion, value: AnswerValue): string | null {
  if (value === 'na') return criterion.naAllowed ? null : `"${criterion.label}" does not allow N/A`;
  if (criterion.scale === 'yes_no') return value === 'yes' || value === 'no' ? null : `"${criterion.label}" is answered yes or no, not ${value}`;
  return typeof value === 'number' ? null : `"${criterion.label}" is rated 1 to 5, not ${value}`;
}
