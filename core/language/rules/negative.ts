import { rules, type Rule } from './rule.js';

// Negative wording: saying what cannot be done instead of what can (DOMAIN.md, "Positive
// language"), hiding behind policy, and talking down to the caller ("calm down", "as I said").
// The tricky part is the phrases that look negative and are not: "I can't thank you enough",
// "I can't imagine how stressful", "no problem", "you won't be charged".

const CAN_NOT_BUT_WARM = /\bcan not (?:thank|imagine|even imagine|believe|stress|tell you how|wait|see (?:any|a) reason|apologi[sz]e enough|say enough)\b/;

export const NEGATIVE_RULES: Rule[] = rules('negative_wording', [
  ['can_not', /\b(?:i|we) (?:can not|could not|am not able to|are not able to|am unable to|are unable to|will not be able to|would not be able to)\b/, [CAN_NOT_BUT_WARM]],
  ['can_not_be', /\b(?:that|it|this|which) can not be\b/],
  ['best_i_can', /\bthe (?:earliest|soonest|best|most|only thing) (?:i|we) can (?:do|offer)\b/],
  ['nothing_i_can_do', /\b(?:there is )?nothing (?:else )?(?:i|we) can (?:do|offer)\b|\bthere is nothing (?:else )?(?:i|we) can\b/],
  ['policy', /\b(?:that is|it is|this is)(?: just)?(?: (?:our|company|the|store|bank))? policy\b|\b(?:our|the|company) policy (?:is|says|states|does not|will not)\b|\bagainst (?:our |the |company )?policy\b/],
  ['not_possible', /\b(?:that is|it is|that is just|this is) not (?:possible|something (?:i|we) (?:can|do|offer|provide|sell|support|allow))\b|\bimpossible\b/],
  ['unfortunately', /\bunfortunately\b/],
  ['not_allowed', /\b(?:i am|we are|i was|we were) not (?:allowed|permitted|authori[sz]ed) to\b/],
  ['stop_shouting', /\b(?:stop|quit) (?:shouting|yelling|swearing|interrupting|raising your voice)\b/],
  ['not_much_i_can_do', /\bnot (?:a lot|much|anything) (?:more |else )?(?:i|we) can do\b/],
  ['will_not_work', /\b(?:that|it|this) (?:will not|does not|would not|is not going to) (?:work|help|be possible)\b/],
  ['nope', /(?<=^|[.!?;,] )(?:nope|no way|no can do)\b/],
  ['it_is_what_it_is', /\bit is what it is\b|\brules are rules\b/],
  ['no_way', /\bthere is no way\b|\bno way (?:to|of|i|we)\b/],
  ['explained_already', /\bi have (?:already )?(?:explained|told you|said) (?:this|that|it)\b/],
  ['afraid', /\bi am afraid\b/],
  ['calm_down', /\b(?:calm|settle) down\b|(?<=^|[.!?;,] )(?:just )?relax\b/],
  ['no_need_to_shout', /\bthere is no need to (?:shout|yell|swear|get (?:upset|angry|worked up)|be rude|raise your voice|take that tone)\b/],
  ['do_not_know', /\bi (?:do not know|have no idea|have no clue)\b/],
  ['not_my_job', /\bnot my (?:department|job|problem|area|responsibility|call|decision)\b|\bout of (?:my|our) hands\b|\bi do not make the rules\b/],
  ['we_do_not', /\b(?:we|i) do not (?:do|offer|have|allow|accept|handle|deal with|give out|give|provide|make|sell|support|ship|cover|refund|issue|take)\b/],
  // "You'll have to call the other department": the caller's job, not ours.
  ['you_have_to', /\byou (?:will |would )?(?:have|need|are required) to\b/, [/\b(?:all|what) you (?:will )?(?:need|have) to do is\b/, /\b(?:if|do|when|whenever|in case) you (?:ever )?(?:need|have) to\b/]],
  ['as_i_said', /\b(?:as|like) i (?:already |just )?(?:said|told you|explained|mentioned)\b|\bi (?:already|just) told you\b/],
  ['system_will_not', /\bthe (?:system|computer|tool) (?:will not|does not|can not|would not) (?:let|allow)\b/],
  ['not_until', /\bnot until\b/],
  ['not_eligible', /\b(?:you are|you will not be|it is|that is|they are) not (?:eligible|entitled|covered|allowed|refundable|available)\b/],
  ['not_listening', /\byou are not listening\b/],
  ['what_do_you_want', /\bwhat do you want me to do\b/],
  ['non_apology', /\bsorry (?:if|that) you (?:feel|felt|think|thought)\b|\bsorry you feel (?:that way|like)\b/],
  ['how_it_is', /\b(?:that is|it is) not how (?:it|this|that|we) (?:works|work|do)\b|\bthat is (?:just )?(?:how it is|the way it is)\b/],
]);
