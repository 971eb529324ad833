// The speech acts a rep's utterance is classified into (issue 11, "What the trainee says").
// One utterance can do several things at once ("I'm so sorry, may I place you on hold?"),
// so a classification is a set of acts, each with the phrase that shows it.

export const ACTS = [
  'greeting',
  'empathy',
  'apology',
  'restatement',
  'question',
  'promise',
  'hold_request',
  'thanks',
  'blame',
  'negative_wording',
  'jargon',
] as const;
export type Act = (typeof ACTS)[number];

/** What each act means, as the labelled set was written to it (tests/unit/core/language/labelled.ts). */
export const ACT_MEANINGS: Record<Act, string> = {
  greeting: 'Opens the call or greets the caller: hello, good morning, "thank you for calling <company>", "my name is", "how can I help you today".',
  empathy: 'Acknowledges how the caller feels or what they went through: "I\'d be frustrated too", "that sounds stressful", "I\'m sorry to hear that".',
  apology: 'Says sorry or owns the mistake: "I apologise", "that\'s our mistake". Not "sorry?" for pardon, not "sorry you feel that way".',
  restatement: 'Says the caller\'s problem or details back to check understanding: "so the refund from the 3rd never arrived?".',
  question: 'Asks the caller for information, a confirmation or a choice, directly or indirectly ("can you tell me..."). A hold request is its own act.',
  promise: 'Commits to a future action or outcome: "I\'ll call you back by 4", "you\'ll get the refund in 3 to 5 business days".',
  hold_request: 'Asks the caller to hold or wait, or announces a hold: "may I place you on a brief hold?", "bear with me a moment".',
  thanks: 'Thanks the caller: "thank you for holding", "I appreciate your patience".',
  blame: 'Puts the fault on the caller or anyone else (a colleague, a courier, "the system"), or tells the caller they are wrong.',
  negative_wording: 'Says what cannot be done, hides behind policy, or talks down: "I can\'t", "that\'s our policy", "calm down", "as I said".',
  jargon: 'Uses an internal term or acronym a caller would not know: RMA, SLA, tier 2, provisioning, pre-auth.',
};
