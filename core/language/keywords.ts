import { normalize, words } from './normalize.js';

// Key-word matching for practice scenarios: does the trainee's question ask for this fact,
// does their offer name the fix? Words are stemmed ("ordered", "orders" -> "order") and the
// little words dropped, so "When did you place the order?" contains the key words "when order".

const STOP = new Set([
  'a', 'an', 'the', 'to', 'of', 'for', 'on', 'in', 'at', 'and', 'or', 'please', 'me', 'my', 'i', 'you', 'your', 'did', 'do', 'does', 'is', 'are', 'was',
  'were', 'it', 'that', 'this', 'be', 'been', 'can', 'could', 'would', 'will', 'just', 'so', 'um', 'uh', 'us', 'we', 'have', 'has', 'had', 'any', 'some',
]);

/** A light suffix stripper: enough for "ordered/orders/ordering" to meet, not a linguist's stemmer. */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/'s$/, '');
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('es') && /(?:ch|sh|x|ss)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** The stemmed content words of a text, in order. */
export function keywordStems(text: string): string[] {
  return words(normalize(text).text)
    .filter((w) => !STOP.has(w))
    .map(stem);
}

/** Every key word of `phrase` appears among `stems`. An empty phrase matches nothing. */
export function containsAllKeywords(stems: readonly string[], phrase: readonly string[]): boolean {
  return phrase.length > 0 && phrase.every((p) => stems.includes(p));
}
