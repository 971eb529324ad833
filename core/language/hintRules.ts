// The coaching table: a negative phrasing, why it hurts, and what to say instead (DOMAIN.md,
// "Positive language: say what you can do, not what you can't"). A rewrite may reuse words of
// the match ("until next month" -> "next month"), so it reads as the rep's own sentence.
// Order matters: the more specific rule comes first and wins an overlapping phrase.

export type HintKind = 'negative' | 'blame' | 'jargon' | 'vague_promise';

export type HintRule = {
  id: string;
  kind: HintKind;
  re: RegExp;
  why: string;
  rewrite: (m: RegExpExecArray) => string;
};

/** "until next month" -> "next month"; "until Monday" -> "on Monday"; "until the 15th" -> "on the 15th". */
export function whenFromUntil(when: string): string {
  const w = when.trim();
  if (/^(?:next|this|tomorrow|today|tonight|later|in |within |after )/.test(w)) return w;
  return `on ${w}`;
}

const CAN_DO = 'Here’s what I can do: …';

export const HINT_RULES: readonly HintRule[] = [
  {
    id: 'cant_until',
    kind: 'negative',
    re: /\b(?:i|we) (?:can not|will not be able to|am unable to|are unable to|am not able to|are not able to) ((?:[a-z']+ ){0,5}?[a-z']+) (?:until|before) ([a-z0-9' ]+?)(?=[,.;!?]|$| so\b| because\b| but\b)/,
    why: 'It tells the caller what you can’t do. Say when it will happen, and what you can do now.',
    rewrite: (m) => `I can ${m[1]} ${whenFromUntil(m[2] ?? '')}, and I can set that up for you right now.`,
  },
  {
    id: 'earliest',
    kind: 'negative',
    re: /\bthe (?:earliest|soonest) (?:i|we) can (?:do|offer) is ([a-z0-9' ]+?)(?=[,.;!?]|$)/,
    why: '“The earliest I can do” sounds like a refusal. Offer the date as a booking.',
    rewrite: (m) => `I can book you in for ${m[1]}; shall I lock that in now?`,
  },
  {
    id: 'nothing_i_can_do',
    kind: 'negative',
    re: /\b(?:there is )?(?:nothing|not (?:a lot|much|anything)) (?:else |more )?(?:i|we) can do\b|\bthere is nothing (?:else |more )?(?:i|we) can\b/,
    why: 'The caller hears a closed door. There is always a next step: say it.',
    rewrite: () => CAN_DO,
  },
  {
    id: 'policy',
    kind: 'negative',
    re: /\b(?:that is|it is|this is)(?: just)?(?: (?:our|company|the|store|bank))? policy\b|\b(?:our|the|company) policy (?:is|says|states|does not|will not)\b|\bagainst (?:our |the |company )?policy\b|\brules are rules\b/,
    why: 'Policy as a wall ends the conversation. Explain the reason in plain words and offer what is possible.',
    rewrite: () => 'What I can do is …; the reason it works this way is … .',
  },
  {
    id: 'not_possible',
    kind: 'negative',
    re: /\b(?:that is|it is|that is just|this is) not (?:possible|something (?:i|we) (?:can|do|offer|provide|sell|support|allow))\b|\bimpossible\b|\b(?:that|it|this) (?:will not|does not|would not|is not going to) work\b/,
    why: 'Say what will work rather than what won’t.',
    rewrite: () => 'What I can do instead is …',
  },
  {
    id: 'you_have_to',
    kind: 'negative',
    re: /(?<!\b(?:all|what|if|do|when|whenever|in case) )\byou (?:will |would )?(?:have|need) to (?!do is\b)([a-z0-9' ]+?)(?=[,.;!?]|$| before\b| so\b| because\b| and\b)/,
    why: '“You’ll have to” hands the work to the caller. Offer it as the quickest way, and stay with them.',
    rewrite: (m) => `The quickest way is to ${m[1]}; I’ll stay with you while you do, or I can do it for you.`,
  },
  {
    id: 'calm_down',
    kind: 'negative',
    re: /\b(?:calm|settle) down\b|(?<=^|[.!?;,] )(?:just )?relax\b|\bthere is no need to (?:shout|yell|swear|get (?:upset|angry|worked up)|be rude|raise your voice)\b|\b(?:stop|quit) (?:shouting|yelling|swearing|interrupting)\b/,
    why: 'Telling a caller to calm down feeds the anger. Name the feeling and say you will help.',
    rewrite: () => 'I can hear how upsetting this is, and I want to get it fixed for you.',
  },
  {
    id: 'do_not_know',
    kind: 'negative',
    re: /\bi (?:do not know|have no idea|have no clue)\b/,
    why: 'The caller called you to find out. Offer to find out.',
    rewrite: () => 'Let me find out for you.',
  },
  {
    id: 'not_my_department',
    kind: 'negative',
    re: /\bnot my (?:department|job|problem|area|responsibility)\b|\bout of (?:my|our) hands\b|\bi do not make the rules\b/,
    why: 'It sounds like you are passing the caller on. Name who handles it and hand over the whole story.',
    rewrite: () => 'The team that handles this is …; I’ll connect you and pass on everything you’ve told me, so you won’t have to repeat it.',
  },
  {
    id: 'as_i_said',
    kind: 'negative',
    re: /\b(?:as|like) i (?:already |just )?(?:said|told you|explained|mentioned)\b|\bi (?:already|just) told you\b|\bi have (?:already )?(?:explained|told you|said) (?:this|that|it)\b|\byou are not listening\b/,
    why: 'Pointing out that you said it before blames the caller for not hearing. Say it again, fresh.',
    rewrite: () => 'Let me put that another way: …',
  },
  {
    id: 'non_apology',
    kind: 'negative',
    re: /\bsorry (?:if|that) you (?:feel|felt|think|thought)\b|\bsorry you feel (?:that way|like)\b/,
    why: '“Sorry you feel that way” apologises for the caller’s feelings, not for what happened.',
    rewrite: () => 'I’m sorry this happened; I can see why you’re upset.',
  },
  {
    id: 'what_do_you_want',
    kind: 'negative',
    re: /\bwhat do you want me to do\b/,
    why: 'Asked this way it sounds like a challenge. Ask what would make it right.',
    rewrite: () => 'What would make this right for you?',
  },
  {
    id: 'system_will_not',
    kind: 'negative',
    re: /\bthe (?:system|computer|tool) (?:will not|does not|can not|would not) (?:let|allow)\b/,
    why: 'The caller does not care what the system allows; they care what you can do.',
    rewrite: () => CAN_DO,
  },
  {
    id: 'we_do_not',
    kind: 'negative',
    re: /\b(?:we|i) do not (?:do|offer|allow|accept|give out|give|provide|sell|support|cover|refund)\b/,
    why: 'Lead with what you do offer.',
    rewrite: () => 'What we can offer is …',
  },
  {
    id: 'not_eligible',
    kind: 'negative',
    re: /\b(?:you are|you will not be|it is|that is) not (?:eligible|entitled|covered|allowed|refundable)\b/,
    why: 'Say when they will be eligible, and what they can have now.',
    rewrite: () => 'You’ll be able to get that from …; what I can offer you today is …',
  },
  {
    id: 'not_until',
    kind: 'negative',
    re: /\bnot until ([a-z0-9' ]+?)(?=[,.;!?]|$)/,
    why: 'Say when it will happen, not when it won’t.',
    rewrite: (m) => `That will be ready ${whenFromUntil(m[1] ?? '')}; shall I set it up now?`,
  },
  {
    id: 'can_not',
    kind: 'negative',
    re: /\b(?:i|we) (?:can not|could not|am not able to|are not able to|am unable to|are unable to|will not be able to|am not allowed to|are not allowed to)\b(?! (?:thank|imagine|even imagine|believe|stress|tell you how|wait|see (?:any|a) reason|apologi[sz]e enough|say enough)\b)/,
    why: 'Say what you can do rather than what you can’t.',
    rewrite: () => 'What I can do is …',
  },
  {
    id: 'unfortunately',
    kind: 'negative',
    re: /\bunfortunately\b|\bi am afraid\b|(?<=^|[.!?;,] )(?:nope|no way|no can do)\b|\bit is what it is\b|\bthat is (?:just )?(?:how it is|the way it is)\b/,
    why: 'It signals bad news before you have said anything useful. Lead with what you can do.',
    rewrite: () => CAN_DO,
  },
  {
    id: 'you_should_have',
    kind: 'blame',
    re: /\byou (?:really |honestly |definitely |probably |just |clearly )?(?:should|could|ought to) (?:really |just )?(?:have|of)\b(?! (?:received|gotten|got|seen|had|been (?:sent|given|told|notified|emailed|contacted))\b)|\bif you (?:had|would have|would) (?:just |only )?(?:read|checked|called|looked|followed|kept)\b|\byou were (?:supposed|meant) to\b/,
    why: 'Blaming the caller, even when it is true, makes them defend themselves instead of working with you. Talk about what happens next.',
    rewrite: () => 'Let’s get this sorted. Here’s what I’ll do now: …',
  },
  {
    id: 'caller_is_wrong',
    kind: 'blame',
    re: /\byou are (?:wrong|mistaken|confused)\b|\byou (?:misunderstood|misread|got (?:it|that) wrong)\b|\byou (?:must|probably|obviously|clearly) (?:have )?(?:\w+ )?(?:entered|typed|misread|misunderstood|forgot|forgotten|missed|used)\b|\byou (?:did not|never|forgot to|failed to) (?:\w+ )?(?:read|check|activate|update|return|follow|tell)\b/,
    why: 'Never make the caller feel wrong. Look at it together, as a fact on your screen.',
    rewrite: () => 'Let’s look at it together: what I can see on my side is …',
  },
  {
    id: 'someone_else',
    kind: 'blame',
    re: /\b(?:the|your|our|their) (?:[a-z]+ ){1,2}(?:made a (?:mistake|mess|error)|messed (?:this |that |it )?(?:one )?up|got (?:it|this|that) wrong|dropped the ball|should have|should not have|(?:obviously|clearly) (?:did not|never|forgot))\b|\b(?:that is|it is) (?:the [a-z]+'s|their|his|her) (?:fault|problem)\b|\bnot (?:us|ours|our fault|my fault)\b/,
    why: 'Blaming a colleague, a courier or “the system” makes the company look divided, and does not help the caller. Own it for the company.',
    rewrite: () => 'I’m sorry this happened. I’ll look into what went wrong on our side, and here’s what I’ll do for you now: …',
  },
  {
    id: 'vague_time',
    kind: 'vague_promise',
    re: /\b(?:i|we) will [a-z ]*?\b(?:as soon as (?:possible|i can|we can)|asap|shortly|soon|at some point|when i can|in due course)\b/,
    why: 'A promise without a time cannot be kept or checked, and callers who were let down before hear “soon” as “never”. Give a time, then keep it.',
    rewrite: () => 'I’ll call you back by … today (a time), even if it’s just to give you an update.',
  },
];
