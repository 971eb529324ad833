import { rules, type Rule } from './rule.js';

// A promise commits to a future action or outcome ("I'll call you back by 4", "you'll see the
// refund in 3 to 5 business days"), or reports one just set in motion ("I've booked a
// technician for Thursday"). Whether it carries a time is timeRef.ts's job: a promise with a
// date is what calms a caller (issue 11); "as soon as possible" is not a date.

// "I will" followed by anything but a need, a hold, or a figure of speech.
const NOT_A_COMMITMENT = '(?!not\\b|need\\b|just need\\b|have to\\b|be honest\\b|tell you\\b|be right (?:back|with you)\\b|put you on\\b|place you on\\b|pop you on\\b|ask you to\\b)';

// "I will personally call", "we will also send": one adverb may sit before the verb.
const ADVERB = '(?:personally|definitely|absolutely|also|just|certainly|then|now|happily|gladly|still|always|first|immediately|quickly|actually|probably)';

export const PROMISE_RULES: Rule[] = rules('promise', [
  ['i_will', new RegExp(`\\b(?:i|we) will ${NOT_A_COMMITMENT}(?:${ADVERB} )?${NOT_A_COMMITMENT}[a-z]+`)],
  ['going_to', new RegExp(`\\b(?:i am|we are) (?:just )?going to ${NOT_A_COMMITMENT}[a-z]+`)],
  [
    'doing_now',
    /\b(?:i|we) (?:am|are) (?:sending|booking|arranging|scheduling|refunding|crediting|issuing|ordering|calling you|ringing you|emailing|texting|posting|dispatching|waiving|cancell?ing|escalating|raising|adding|reversing|replacing|upgrading|fixing|getting you)\b/,
  ],
  ['promise_word', /\bi (?:promise|guarantee)\b/],
  [
    'you_will',
    /\byou will (?:receive|get|see|have(?! to\b)|hear|be (?:getting|receiving|contacted|credited|refunded|called|sent|emailed|able to)|not (?:be charged|be billed|need to|have to|lose|pay))\b/,
  ],
  ['you_should_receive', /\byou should (?:receive|get|see|hear back|expect) (?:it|the|a|an|your|this|that|them|back|confirmation|an? (?:email|text|call|letter))\b/],
  ['expect', /\b(?:you can )?expect (?:a|an|the|it|your|to|me)\b/],
  [
    'done_for_you',
    /\b(?:i|we) have (?:just |now |already )?(?:booked|scheduled|arranged|set up|put in|submitted|ordered|processed|issued|escalated|raised|opened|logged|credited|refunded|waived|removed|cancell?ed|reversed|sent|added|applied|requested|flagged|put a|upgraded|fixed|reset|reactivated|restored|dispatched|knocked|taken (?:off|care)|sorted|wiped|cleared|marked|expedited|chased|covered|authori[sz]ed|approved|lodged|filed|renewed|extended|unlocked|unblocked|activated|replaced|swapped|moved|transferred|reinstated|paused|frozen|stopped)\b/,
  ],
  [
    'thing_will',
    /\b(?:the|your|a) (?:replacement|refund|credit|engineer|technician|parcel|package|order|card|label|money|payment|driver|new \w+) will (?:go out|arrive|be (?:sent|shipped|credited|refunded|delivered|processed|applied|back|fixed|restored|there|with you|on)|show|come|reach|land|appear|call)\b/,
  ],
  [
    'someone_will',
    /\b(?:someone|somebody|a (?:technician|engineer|specialist|manager|supervisor|colleague)|our (?:\w+ )?(?:team|engineer|technician|specialist|manager|supervisor))(?: from [a-z ]+?)? will (?:call|contact|email|be in touch|reach out|visit|come|ring|get back)\b/,
  ],
  ['your_thing_will', /\byour [a-z]+(?: [a-z]+)? will (?:be (?:[a-z]+(?:ed|en)|sent|paid|set up|with you|back|ready|fixed|sorted)|arrive|go out|show|appear|reach you)\b/],
  ['leave_it_with_me', /\bleave (?:it|this|that) with me\b/],
  [
    'they_will',
    /\b(?:a|an|the|our|my) (?:[a-z]+ ){0,2}(?:supervisor|manager|engineer|technician|specialist|team|colleague|courier|driver|department) will (?:call|contact|email|ring|visit|come|be in touch|reach out|get back|collect|deliver|arrive|be there|sort|fix|look)\b/,
  ],
  ['let_me_fix', /\blet me (?:fix|sort|sort out|take care of|get (?:that|this|it) (?:fixed|sorted|done|changed|sent)|put (?:that|this|it) right)\b/],
  ['never_again', /\b(?:it|this|that) will not happen again\b/],
]);
