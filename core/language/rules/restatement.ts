import { FEELING, rules, type Rule } from './rule.js';

// Restating the caller's problem in your own words (DOMAIN.md: "Restate the caller's reason
// in your own words... so they know they were understood"). Either a signpost ("let me make
// sure I have this right") or a sentence that opens "So you / So the..." and says it back.

// A sentence start, allowing a lead-in ("Okay, so...", "Thanks for explaining all that. So...").
const LEAD = '(?<=^|[.!?;] |^(?:okay|right|alright|all right|great|and),? )';

export const RESTATEMENT_RULES: Rule[] = rules('restatement', [
  ['what_i_hear', /\bwhat i am hearing\b|\bwhat i understand is\b|\bfrom what you (?:are saying|have said|have told me|said|describe)\b|\bif i am (?:hearing|following) you\b/],
  ['if_i_understand', /\bif i (?:understand|understood|heard|have|have got|got|am understanding) (?:you |this |that |it |everything )?(?:correctly|right)\b/],
  ['make_sure', /\blet me (?:just )?(?:make sure|check|see if) (?:i|that i) (?:have|understand|understood|got|heard|am following)\b/],
  // "Just to confirm, the charge was..." signposts; "I'll call you to confirm the slot" does not.
  ['to_confirm', /(?<=^|[.!?;,] )(?:just |so |and |okay,? )?(?:to|so i can) (?:confirm|clarify|be clear|summari[sz]e)(?=,| that\b)/],
  ['just_so', /\bjust so i (?:have|have got|am clear|understand)\b/],
  ['you_are_saying', /\b(?:what )?you are (?:saying|telling me)\b/],
  ['in_other_words', /\bin other words\b/],
  ['sounds_like', /\b(?:it|so it) sounds like (?:the|your|you|it|they|this|we)\b/, [new RegExp(`\\bsounds like\\b[^.?!;]*\\b${FEELING}`)]],
  ['read_back', /\blet me (?:read|repeat|say) (?:that |this |it |everything )?back\b/],
  ['correct_me', /\bcorrect me if i am wrong\b/],
  // "I understand you've been waiting since Monday" restates; "I understand your frustration" empathises.
  ['understand_you', /\bi understand (?:that )?(?:you|your)\b/, [new RegExp(`\\bi understand (?:that )?(?:you|your) (?:are |were |feel |must be |must feel )?(?:\\w+ )?${FEELING}`)]],
  [
    'so_you',
    new RegExp(`${LEAD}so,? (?:you|your|the|it|this|basically|essentially|both|two|three|four|five|\\d+|every|each|since|after|nobody|no one|none|twice|three times)\\b`),
    [/\bso,? (?:you will|you are going to|you should receive|you can|your case number|your reference|the next step|it is all|that is)\b/],
  ],
]);
