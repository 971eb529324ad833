import { rules, type Rule } from './rule.js';

// Questions: a sentence that ends in "?" or opens like one ("can you...", "when did..."), and
// indirect requests for details ("I'll need your date of birth", "please confirm..."), since
// trainees type fast and skip the question mark. A hold request is its own act: classify()
// drops a question whose sentence is a hold request.

// Lead-ins before the question proper: "Okay, so what was...", "Sorry, could you...".
const LEAD_IN = /^(?:(?:and|so|okay|right|alright|all right|great|sorry|now|just|also|but|oh|well|perfect|lovely|then|first|next|finally|mr|mrs|ms),? )*/;

const AUX_FIRST =
  /^(?:can|could|would|will|do|does|did|is|are|was|were|have|has|may|shall|should|might)(?: not)? (?:you|i|we|it|the|this|that|there|your|anyone|anything|he|she|they|my|our|someone|somebody|everything)\b/;

// A question word, then up to two words that are not a subject pronoun, then a verb that asks:
// "what time did you...", "which card did you...". "What I can do is..." is a statement.
const WH_FIRST =
  /^(?:roughly |exactly |and )?(?:what|when|where|which|who|whom|whose|why|how)(?: (?!(?:i|we|you|they|he|she|it|that|this)\b)[a-z0-9']+){0,2} (?:is|are|was|were|do|does|did|can|could|would|will|should|has|have)\b|^(?:what|when|where|which|who|whose|why|how) (?:long|many|much|often|soon|far|old|else|exactly|happened|made|works|suits)\b/;

export function isQuestionSentence(sentence: string): boolean {
  if (sentence.endsWith('?')) return true;
  const body = sentence.replace(LEAD_IN, '');
  return AUX_FIRST.test(body) || WH_FIRST.test(body);
}

/** Requests for details that read as statements. */
export const QUESTION_RULES: Rule[] = rules('question', [
  ['could_you_tell', /\b(?:can|could|would) you (?:please )?(?:tell|give|send|read|confirm|spell|check|describe|let me know|verify|provide|repeat|walk me through)\b/],
  ['wondering', /\bi was wondering (?:if|whether)\b/],
  ['please_confirm', /\b(?:please|kindly) (?:confirm|verify|provide|spell|tell me|give me|read me|read out|send me|describe)\b/],
  ['need_your', /\bi (?:will |would |just |will just |would just |am just going to )?need (?:your|the|to (?:take|get|have|confirm|verify|check) (?:your|the))\b/],
  ['tell_me', /(?<=^|[.!?;,] )tell me (?:what|how|when|where|about|more|which|who|why)\b/],
  ['let_me_get_your', /\blet me (?:just )?(?:get|grab|take|have) (?:your|the)\b/],
  ['may_i_ask', /\bmay i (?:ask|have|get|take|confirm)\b/],
]);
