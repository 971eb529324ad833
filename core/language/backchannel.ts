import { normalize, words } from './normalize.js';

// A backchannel is what a listener says to keep the speaker going ("mm-hm", "go on", "I see").
// In practice mode it lets the caller finish the story; anything more is an interruption
// (HEARD: "let the caller tell the whole story without interruption").

const TOKENS = new Set([
  'mm', 'mhm', 'mmhm', 'mm-hm', 'mm-hmm', 'uh-huh', 'uh', 'huh', 'hmm', 'ok', 'okay', 'right', 'yes', 'yeah', 'yep', 'sure', 'i', 'see', 'go', 'on',
  'please', 'continue', 'carry', 'keep', 'going', 'am', 'listening', 'take', 'your', 'time', 'of', 'course', 'got', 'it', 'that', 'oh', 'ah', 'alright',
  'absolutely', 'understood', 'and', 'then', 'with', 'you', 'sorry', 'dear', 'no', 'gosh', 'wow', 'really', 'writing', 'this', 'all', 'down', 'still', 'here',
]);

/** True when the utterance only keeps the caller talking: no question, no request, no content. */
export function isBackchannel(utterance: string): boolean {
  const n = normalize(utterance);
  if (n.text.includes('?')) return false;
  const w = words(n.text);
  return w.length > 0 && w.length <= 8 && w.every((x) => TOKENS.has(x));
}
