import { rules, type Rule } from './rule.js';

// Hold requests (DOMAIN.md, "Holds": never hold without asking). Two kinds, told apart by the
// rule id: `hold_request.ask.*` asks permission ("may I place you on a brief hold?"),
// `hold_request.announce.*` only announces it ("please hold"). asksHoldPermission() reads that.

const START = '(?<=^|[.!?;,] )';
const HOLD = '(?:on (?:a |an )?(?:\\w+ )?(?:\\w+ )?hold|holding|to hold)';

// Saying "thank you for holding", or offering a callback instead of a hold, is not a request.
const NOT_A_REQUEST: readonly RegExp[] = [
  /\brather than (?:keep|put|leave|have) you (?:on hold|holding|wait)/,
  /\bwithout (?:putting|placing|keeping) you on hold\b/,
  /\bnot (?:put|place|keep) you on hold\b/,
];

export const HOLD_RULES: Rule[] = rules(
  'hold_request',
  (
    [
      ['ask.place', new RegExp(`\\b(?:may|can|could|might|shall) i (?:just |quickly |briefly )?(?:put|place|pop|keep|leave) you ${HOLD}\\b`)],
      ['ask.is_it_ok', new RegExp(`\\b(?:is it|would it be|will it be) (?:okay|ok|alright|all right|fine) (?:if i|to) (?:\\w+ )?(?:put|place|pop|keep|ask) you ${HOLD}\\b`)],
      ['ask.mind', /\b(?:(?:would|do) you )?mind (?:holding|waiting|hanging on|if i (?:put|place|pop|keep))\b/],
      // "I'll need to put you on hold, is that okay?": announced, then asked.
      ['ask.then_okay', new RegExp(`\\bput you ${HOLD}\\b[^.?!]*?\\b(?:is that|would that be|will that be) (?:okay|ok|alright|all right|fine)\\b`)],
      ['ask.you_hold', /\b(?:can|could|would|will) you (?:please |just )?(?:hold|hang on|bear with me|wait|stay on the line)\b/],
      ['ask.ask_you', /\b(?:can|could|may|might) i ask you to (?:hold|wait|bear with me|hang on)\b/],
      ['ask.okay_to', /\b(?:are you|would you be|will you be) (?:okay|ok|alright|all right|happy|able) (?:to )?(?:hold|holding|wait|waiting|stay on)\b/],
      ['announce.bear_with_me', /\bbear with me\b/],
      [
        'announce.moment',
        new RegExp(
          `${START}(?:(?:one|just a|just one|give me a|give me one|give me just a|bear with me a) (?:moment|minute|second|sec|mo|tick)\\b|(?:two|2|a couple of|a few|just two) (?:secs?|seconds|minutes|mins|moments)(?=[,.!]|$| please| while| let me| i\\b))`,
        ),
      ],
      ['announce.hang_on', new RegExp(`${START}(?:hang on|hold on)\\b(?! to\\b)`)],
      ['announce.please_hold', /\bplease hold\b|\bhold the line\b/],
      ['announce.put', new RegExp(`\\b(?:i am going to|i will|let me|i am just going to|i need to|i have to|i will need to|i will have to|i am going to need to|i am going to have to) (?:just )?(?:quickly )?(?:put|place|pop) you ${HOLD}\\b`)],
    ] as const
  ).map(([id, re]) => [id, re, NOT_A_REQUEST] as const),
);
