import type { Act } from '../acts.js';

/**
 * One pattern for one act, over the normalised text (normalize.ts: lower case, single
 * spaces, contractions expanded). `id` names the rule in an explanation; `unless` lists
 * phrases that, where they overlap the match, mean it is not the act after all ("can not"
 * inside "I can not thank you enough").
 */
export type Rule = {
  id: string;
  act: Act;
  re: RegExp;
  unless?: readonly RegExp[];
  /** Match the original text, case kept: for acronyms that are also words ("BAN", "POD"). */
  caseSensitive?: boolean;
};

/** Builds rules for one act; every regex gets the g flag so all matches are found. */
export function rules(act: Act, list: readonly (readonly [string, RegExp, (readonly RegExp[])?])[]): Rule[] {
  return list.map(([id, re, unless]) => ({ id: `${act}.${id}`, act, re: global(re), ...(unless ? { unless: unless.map(global) } : {}) }));
}

export function global(re: RegExp): RegExp {
  return re.flags.includes('g') ? re : new RegExp(re.source, re.flags + 'g');
}

/** Words that name a feeling or a bad experience; shared by the empathy and restatement rules. */
export const FEELING =
  '(?:frustrat\\w*|annoy\\w*|stress\\w*|upset\\w*|upsetting|worr\\w*|inconvenien\\w*|difficult|hard|awful|terrible|horrible|maddening|exhausting|exhausted|disappoint\\w*|scar\\w*|confus\\w*|aggravat\\w*|infuriat\\w*|unacceptable|a pain|a nightmare|a hassle|a headache|rough|tough|overwhelm\\w*|angry|furious|mad|fed up|let down|worried|anxious|concern\\w*|unfair|ridiculous|draining|tiring|lonely|a lot to deal with|a lot|understandable|miserable|gutting|gutted|heartbreaking|devastating|awkward|unnerving|embarrassing|no fun|not fun|a shock|shocking|unsettling|painful|a disaster)';
