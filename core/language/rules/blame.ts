import { rules, type Rule } from './rule.js';

// Blame, whoever it lands on (DOMAIN.md: "don't blame anyone, the caller least of all"):
// the caller ("you should have"), a colleague, a courier, "the system". Telling the caller
// they are wrong is blame too, and with the caller who is simply wrong it is the one thing
// never to make apparent.

const AGENT_VERB =
  '(?:read|check|call|tell|update|follow|submit|enter|pay|return|cancel|sign|click|send|register|activate|contact|notify|confirm|save|change|reset|select|opt|press|install|plug|charge|schedule|attach|keep|give|let|provide|answer|respond|reply|look|listen|bother)';
const THIRD_PARTY =
  '(?:courier|carrier|warehouse|delivery (?:driver|partner|company|team)|driver|technician|engineer|installer|billing (?:team|department)|other (?:rep|agent|department|team|person|guy)|last (?:rep|agent|person|engineer|technician|guy)|previous (?:rep|agent|engineer|advisor)|shipping team|sales team|system|bank|post office|manufacturer|supplier|depot|salesperson|sales rep|shop|store|retailer|dealer|landlord|contractor|partner|branch|factory|lab|installers|guys|people)';
const JUDGED =
  '(?:messed (?:this |that |it )?(?:one )?up|screwed (?:this |that |it )?(?:one )?up|made a mistake|got it wrong|dropped the ball|gave you (?:the )?(?:wrong|bad|incorrect)|should have|should not have|lost|forgot|broke|is to blame|is at fault|(?:clearly|obviously) (?:did not|never|forgot|should)|did not bother|failed to|forgot to)';

export const BLAME_RULES: Rule[] = rules('blame', [
  // "you should have received an email" sets an expectation; "you should have called us" blames.
  ['you_should_have', /\byou (?:really |honestly |definitely |probably |just |clearly )?(?:should|could|ought to) (?:really |just )?(?:have|of)\b(?! (?:received|gotten|got|seen|had|been (?:sent|given|told|notified|emailed|contacted))\b)/],
  ['you_did_not', new RegExp(`\\byou (?:did not|never|forgot to|failed to|neglected to|did not bother to|did not even) (?:\\w+ )?${AGENT_VERB}\\b`)],
  [
    'you_must_have',
    /\byou (?:have |had )?(?:must|might|may|probably|obviously|clearly)(?: have)? (?:\w+ )?(?:entered|typed|clicked|selected|deleted|misread|misunderstood|forgot|forgotten|missed|chosen|ticked|put|given|changed|turned|pressed|ignored|confused|mixed|used|sent|booked|ordered|picked|set)\b/,
  ],
  ['you_are_wrong', /\byou are (?:wrong|mistaken|confused|not right)\b|\byou (?:misunderstood|misread|got (?:it|that) wrong)\b/],
  [
    'whose_fault',
    /\b(?:that is|it is|that was|it was|this is)(?: all| entirely)? (?:your|their|his|her|the [a-z]+(?: [a-z]+)?'s?) (?:fault|mistake|problem|error|doing|responsibility)\b/,
    [/\b(?:none of (?:this|that|it)|not|never) (?:is |was )?(?:\w+ )?(?:your|their) fault\b/],
  ],
  ['on_them', /\b(?:that is|it is|that was) on (?:him|her|them|you)\b/],
  [
    'third_party',
    new RegExp(
      `\\b(?:the|your|their|our) ${THIRD_PARTY} ${JUDGED}\\b`,
    ),
    // "I'm sorry the last technician didn't fix it" owns it for the company; it points at no one.
    [/\bsorry (?:that )?the\b[^.?!;]*/],
  ],
  // Any "the <someone> made a mistake": the list above misses most of the people a rep can blame.
  [
    'someone_got_it_wrong',
    /\b(?:the|your|our|their) (?:[a-z]+ ){1,2}(?:made a (?:mistake|mess|hash|error)|messed (?:this |that |it )?(?:one )?up|got (?:it|this|that) wrong|dropped the ball|screwed (?:it |this |that )?up|(?:obviously|clearly) (?:did not|never|forgot|failed|made|got|messed))\b/,
    [/\bsorry (?:that )?the\b[^.?!;]*/],
  ],
  ['you_entered_wrong', /\byou (?:have )?(?:entered|typed|put|given|used|picked|selected|chosen|clicked) (?:in )?(?:the|a) (?:wrong|old|incorrect)\b/],
  ['that_was_them', /\b(?:that|it) was (?:the|your) [a-z]+(?: [a-z]+)? (?:that|who) (?:declined|lost|broke|cancell?ed|changed|messed|sent|refused|blocked|stopped)\b/],
  ['they_did', /\b(?:they|he|she) (?:messed up|screwed up|got it wrong|dropped the ball|obviously|clearly|should not have told|gave you (?:the )?wrong)\b/],
  ['if_you_had', /\bif you (?:had|would have|would) (?:just |only |actually )?(?:read|checked|called|looked|followed|paid|returned|told|contacted|updated|kept|listened|done)\b/],
  ['you_were_supposed', /\byou were (?:supposed|meant|required|told) to\b/],
  ['you_agreed', /\byou (?:agreed|signed|clicked|accepted|ticked)\b[^.?!;]*\b(?:terms|contract|agree|box)\b/],
  ['not_us', /\bnot (?:us|ours|me|our fault|my fault)\b/],
  ['whoever', /\bwhoever (?:set|did|made|sent|took|processed|handled)\b/],
  ['colleague_you_spoke_to', /\bthe (?:csr|rep|agent|person|advisor|adviser|colleague|guy) you (?:spoke|talked) (?:with|to) (?:did not|never|should|got|gave|messed)\b/],
]);
