import { rules, type Rule } from './rule.js';

// Greeting and thanks: the courtesy at both ends of a call (DOMAIN.md: open with the company,
// your name and an offer to help; thank the caller).

// Sentence start in the normalised text: the start, or after a stop or a comma.
const START = '(?<=^|[.!?;,] )';

export const GREETING_RULES: Rule[] = [
  ...rules('greeting', [
    ['hello', new RegExp(`${START}(?:hi|hello|hey|hiya|howdy)\\b`)],
    // "Have a good evening" says goodbye.
    ['time_of_day', /\bgood (?:morning|afternoon|evening)\b/, [/\b(?:have|enjoy) (?:a|the rest of your|your) (?:good|great|lovely|nice) (?:morning|afternoon|evening)\b/]],
    ['bare_time_of_day', new RegExp(`${START}(?:morning|afternoon|evening)(?=[,!.]|$| and\\b)`)],
    // "Thank you for calling Brightwave": a company name follows; "thanks for calling back" does not.
    ['thank_for_calling', /\bthank(?:s| you) for calling (?!(?:us|back|in|about|today|again|and|so|this)\b)[a-z]/],
    ['reached', /\byou (?:have|are) (?:reached|through to|speaking (?:with|to))\b/],
    ['welcome', /\bwelcome to\b/],
    ['my_name', /\bmy name is [a-z]/],
    ['offer_help', /\bhow (?:can|may|might) i (?:help|assist)(?: you)?\b/],
    ['what_can_i_do', /\bwhat can i do for you\b/],
    ['who_speaking', /\bwho (?:am i|do i have the pleasure of) speaking\b/],
  ]),
  // A name is a capitalised word, so these read the original text: "this is Sam" is a
  // greeting, "this is ridiculous" is not. Day and month names are not names.
  {
    id: 'greeting.this_is_name',
    act: 'greeting',
    caseSensitive: true,
    re: /\b(?:[Tt]his is|[Ii]t's|[Ii]t is|I'm|I am|[Ii]m) (?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|I)\b)[A-Z][a-z]+(?= (?:from|with|at|in|on|here|speaking|and)\b|[,.!;]|$)/g,
  },
  { id: 'greeting.name_speaking', act: 'greeting', caseSensitive: true, re: /\b[A-Z][a-z]+ speaking\b/g },
];

export const THANKS_RULES: Rule[] = rules('thanks', [
  ['thank_you', /\bthank(?:s| you)\b/, [/\bthanks to\b/, /\bno,? thank/]],
  ['appreciated', /\b(?:much|greatly|really|very much) appreciated\b/],
  [
    'appreciate',
    /(?:\b(?:i|we)|(?<=^|[.!?;,] )) ?(?:really |truly |do |so |greatly |very much |(?:do )?really )?appreciate (?:it|that|this|you|your|the|all)\b/,
    // "I'd appreciate it if you stopped shouting" is not thanks; "I appreciate that this is hard" is empathy.
    [/\bappreciate (?:it|that) if\b/, /\bappreciate (?:how|that (?:this|it) (?:is|has|must))\b/],
  ],
  ['grateful', /\bi am (?:so |really |very |truly )?grateful\b/],
  ['cheers', /(?<=^|[.!?;,] )cheers\b/],
]);
