import { FEELING, rules, type Rule } from './rule.js';

// Empathy and apology: the E and A of HEARD (DOMAIN.md). Empathy names the feeling; an
// apology says sorry or owns the mistake. "I'm sorry to hear that" does both.

const INTENSIFIERS = '(?: (?:so|really|very|incredibly|extremely|pretty|super|such|truly|quite|absolutely|completely|totally|just|genuinely|honestly))*';

export const EMPATHY_RULES: Rule[] = rules('empathy', [
  [
    'understand',
    /\bi (?:completely |totally |really |fully |absolutely |do |can |definitely )?understand(?: (?:how|why|that must|what a|your (?:frustration|concern|worry|anger|disappointment|situation|feelings)|the frustration)\b|(?=[,.!;]|$| and\b| completely\b))/,
  ],
  [
    'that_is_feeling',
    new RegExp(
      `\\b(?:that|this|it|which) (?:must have|would have|must|would|sounds|has got to|has to|is|was|has been|can be|could be|seems)(?: (?:be|been|feel|felt|sound|like))?(?: a| an| such a)?${INTENSIFIERS}(?: a| an)? ${FEELING}\\b`,
    ),
  ],
  ['sounds_like_feeling', new RegExp(`\\b(?:it|that) sounds like\\b[^.?!;]*?\\b${FEELING}\\b`)],
  ['i_know_feeling', new RegExp(`\\bi know (?:that |this |it )?(?:is|has been|must be|can be|was) (?:\\w+ )?${FEELING}\\b`)],
  ['must_feel_like', /\bit must (?:feel|seem) like\b/],
  ['you_must_be', new RegExp(`\\byou (?:must|would|will|might) (?:be|feel|have been|have felt)${INTENSIFIERS} ${FEELING}\\b|\\byou (?:sound|seem)${INTENSIFIERS} ${FEELING}\\b`)],
  ['right_to_feel', /\byou are (?:right|entitled) to (?:be|feel|expect)\b/],
  ['feel_for_you', /\bi (?:really |truly |do )?feel (?:for you|your pain|(?:so |really )?(?:bad|terrible|awful) (?:for|that|about))\b/],
  ['bad_luck', /\b(?:rotten|bad|terrible|awful|rough|tough|cruel) luck\b/],
  ['long_week', /\b(?:been|had|having) (?:a|such a|quite a) (?:really )?(?:long|rough|tough|hard|difficult|horrible|awful|stressful) (?:day|week|month|year|time|morning|few days|few weeks)\b/],
  ['not_easy', /\b(?:that|it|this) (?:can not|could not) have been (?:easy|fun|nice|pleasant)\b|\b(?:that|it) is (?:no|not) (?:fun|joke|easy)\b/],
  ['idiom', /\bi would be (?:climbing the walls|tearing my hair out|going spare|livid|fuming|beside myself|furious)\b/],
  [
    'would_feel',
    /\bi would (?:be|feel|have been|have felt)(?: \w+)? (?:frustrated|upset|annoyed|angry|furious|worried|livid|fed up|the same|disappointed|mad|stressed|concerned|confused|gutted)\b/,
  ],
  ['would_not_want', /\bi would not (?:want|like|be happy with|accept) that either\b/],
  ['can_tell', /\bi can (?:tell|hear|sense)\b/],
  ['can_see_why', /\bi can (?:see|understand) (?:why|how)\b|\bi can (?:totally |completely |fully )?understand\b/],
  ['imagine', /\bi can (?:only |not )?(?:even )?imagine\b/],
  ['hear_you', /\bi (?:hear you|get it|totally get|get why|get how)\b/],
  ['anyone_would', /\b(?:anyone|anybody|everyone|most people) would (?:be|feel)\b/],
  ['no_wonder', /\bno wonder\b/],
  ['i_know_how', /\bi know (?:how|what it is like|(?:this|that) is not what)\b/],
  ['every_right', /\byou have every (?:right|reason) to\b/],
  ['should_not_have_to', /\byou (?:should not|should never|should not ever) (?:have )?(?:had )?to\b/],
  ['no_reason_you_should', /\bno reason (?:why )?you should (?:have )?(?:had )?to\b/],
  ['sorry_to_hear', /\bsorry to hear\b/],
  ['what_a', /\bwhat a (?:hassle|nightmare|pain|mess|headache|shame|worry|palaver|faff)\b/],
  ['oh_no', /\boh no\b/],
  ['not_the_experience', /\bnot the (?:experience|service) (?:we|you)\b/],
  ['not_okay', /\b(?:that is|it is|that was) (?:really |just |definitely |absolutely |simply )?not (?:okay|ok|right|fair|acceptable|good enough|great|good|ideal|nice|what you (?:need|want|deserve))\b/],
  ['nobody_should', /\b(?:nobody|no one) (?:should|deserves to|wants to|likes)\b/],
  ['last_thing', /\bthe last thing you (?:need|want|needed|wanted)\b/],
  ['been_through', /\byou have (?:clearly |really |obviously )?(?:been through|had) (?:a lot|enough|so much|quite a)\b/],
  ['appreciate_how', /\bi appreciate (?:how|that (?:this|it) (?:is|has|must))\b/],
  ['hate_when', /\bi hate (?:it )?when that happens\b/],
  ['cannot_believe', /\bi can not believe (?:you|that you|this|how)\b/],
]);

// Not apologies: telling the caller not to apologise, and the non-apology ("sorry you feel that way").
const NOT_AN_APOLOGY: readonly RegExp[] = [
  /\b(?:no need|do not need|you do not have|there is no need|nothing) to (?:apologi[sz]e|be sorry)\b/,
  /\b(?:do not|no need to) be sorry\b/,
  /\bsorry (?:you feel|if you|that you feel|you think)\b/,
];

export const APOLOGY_RULES: Rule[] = rules(
  'apology',
  (
    [
      ['i_am_sorry', /\b(?:i am|we are|i really am|i truly am)(?: (?:so|very|really|truly|terribly|deeply|extremely|incredibly|awfully|genuinely|sincerely|just))*,? sorry\b/],
      ['sorry_for', /\bsorry (?:about|for|that|to|again)\b/],
      // "Sorry, that's my fault" apologises; "sorry, could you repeat that?" asks for a repeat.
      [
        'sorry_first',
        /(?<=^|[.!?;,] )sorry\b(?!\s*\?|,? (?:what|could|can|would|did|do|say|come again|i did not|i missed|was that|which|who|where|when|how|is|are|one more time|if)\b)/,
      ],
      ['sorry_last', /\bsorry(?=[.!]?$)/],
      ['apologise', /\b(?:i|we) (?:do |sincerely |really |truly |must |want to |would like to |just want to |wanted to )*apologi[sz]e\b/],
      ['apologies', /\b(?:my|our) (?:sincere |deepest |humble )?apologies\b|\bplease accept (?:my|our) (?:sincere )?apolog|\bi owe you an apology\b|\bapologies (?:for|about)\b/],
      ['apologies_first', /(?<=^|[.!?;,] )(?:(?:many|sincere|my|our|again,?) )?apologies\b/],
      ['how_sorry', /\bhow sorry i am\b/],
      ['own_it', /\b(?:that is|that was|it is|it was|this is|this was) (?:on us|on me|our (?:mistake|fault|error)|my (?:mistake|fault|error))\b/],
      ['we_got_it_wrong', /\b(?:we|i) (?:messed up|dropped the ball|got (?:this|that|it) wrong|made a mistake|let you down|should have)\b/],
    ] as const
  ).map(([id, re]) => [id, re, NOT_AN_APOLOGY] as const),
);
