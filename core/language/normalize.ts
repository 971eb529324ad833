// Normalising what a rep typed or said, so the act patterns can be few and plain.
//
// Patterns match the normalised text ("i can not"), but the explanation must quote what the
// rep actually wrote ("I can't"). So every normalised character remembers the range of the
// original it came from; a match maps back to the original through `originalSpan`.

export type Normalized = {
  /** The original utterance, untouched. */
  original: string;
  /** Lower case, straight quotes, single spaces, contractions expanded ("can't" -> "can not"). */
  text: string;
  /** For each character of `text`: the [start, end) of the original it came from. */
  from: readonly (readonly [number, number])[];
};

export type Span = { start: number; end: number };

// Expanded forms of contractions and typed shorthand. "'d" and "'s" are ambiguous ("I'd" is
// "I would" or "I had"; "it's" is "it is" or "it has"); the expansion picks the reading the
// act patterns are written for, which is the common one on a call.
const WHOLE_WORDS: Record<string, string> = {
  "can't": 'can not',
  cannot: 'can not',
  "won't": 'will not',
  "shan't": 'shall not',
  "ain't": 'is not',
  "let's": 'let us',
  "i'm": 'i am',
  gonna: 'going to',
  wanna: 'want to',
  gotta: 'got to',
  u: 'you',
  ur: 'your',
  thx: 'thanks',
  ty: 'thank you',
  pls: 'please',
  plz: 'please',
  tmrw: 'tomorrow',
  tmr: 'tomorrow',
  ok: 'okay',
  "y'all": 'you all',
  // Typed in a hurry, apostrophes dropped. Only forms that are not also words ("ill" is
  // taken as "I'll": a rep rarely says "ill"; "id", "well", "were" are left alone).
  im: 'i am',
  ill: 'i will',
  ive: 'i have',
  dont: 'do not',
  cant: 'can not',
  wont: 'will not',
  didnt: 'did not',
  doesnt: 'does not',
  isnt: 'is not',
  wasnt: 'was not',
  arent: 'are not',
  couldnt: 'could not',
  wouldnt: 'would not',
  shouldnt: 'should not',
  havent: 'have not',
  hasnt: 'has not',
  thats: 'that is',
  theres: 'there is',
  youre: 'you are',
  youll: 'you will',
  youve: 'you have',
  whats: 'what is',
  lets: 'let us',
};

// Words whose "'s" is "is" (a pronoun or question word), not a possessive ("the customer's").
const S_IS = new Set(['it', 'that', 'there', 'here', 'what', 'who', 'where', 'how', 'he', 'she', 'this', 'everything', 'nothing', 'something', 'when', 'why']);

const SUFFIXES: readonly (readonly [string, string])[] = [
  ["n't", ' not'],
  ["'re", ' are'],
  ["'ve", ' have'],
  ["'ll", ' will'],
  ["'d", ' would'],
];

function expandWord(word: string): string {
  const whole = WHOLE_WORDS[word];
  if (whole !== undefined) return whole;
  for (const [suffix, expansion] of SUFFIXES) {
    if (word.length > suffix.length && word.endsWith(suffix)) return word.slice(0, -suffix.length) + expansion;
  }
  if (word.endsWith("'s") && S_IS.has(word.slice(0, -2))) return word.slice(0, -2) + ' is';
  return word;
}

/** One character for one character, so offsets survive: curly quotes and dashes become plain. */
function foldChar(c: string): string {
  if (c === '\u2019' || c === '\u2018' || c === '`' || c === '\u00b4') return "'";
  if (c === '\u201c' || c === '\u201d') return '"';
  if (c === '\u2013' || c === '\u2014') return '-';
  if (c === '\u00a0') return ' ';
  const lower = c.toLowerCase();
  return lower.length === 1 ? lower : c; // a few letters change length when lowered; keep them
}

// A word: letters/digits, possibly joined by an apostrophe, a colon or point between digits
// ("4:30", "25.99"), a slash ("3/14") or a hyphen ("follow-up").
const TOKEN = /[\p{L}\p{N}]+(?:['\-:./][\p{L}\p{N}]+)*'?|\S/gu;

export function normalize(original: string): Normalized {
  const folded = Array.from(original, foldChar).join('');
  // Array.from splits by code point; rebuild the code-unit offsets the regex uses.
  let text = '';
  const from: [number, number][] = [];
  let lastEnd = -1;
  for (const m of folded.matchAll(TOKEN)) {
    const start = m.index;
    const end = start + m[0].length;
    const isWord = /^[\p{L}\p{N}]/u.test(m[0]);
    if (lastEnd >= 0 && start > lastEnd) {
      // Whitespace in the original: one space.
      text += ' ';
      from.push([lastEnd, start]);
    }
    const out = isWord ? expandWord(m[0]) : m[0];
    if (out === m[0]) {
      for (let i = 0; i < out.length; i++) from.push([start + i, start + i + 1]);
    } else {
      // An expansion: every character stands for the whole original word.
      for (let i = 0; i < out.length; i++) from.push([start, end]);
    }
    text += out;
    lastEnd = end;
  }
  return { original, text, from };
}

/** The original range behind a range of the normalised text. */
export function originalSpan(n: Normalized, start: number, end: number): Span {
  if (n.from.length === 0) return { start: 0, end: 0 };
  const first = n.from[Math.min(start, n.from.length - 1)] ?? [0, 0];
  const last = n.from[Math.max(start, Math.min(end, n.from.length) - 1)] ?? first;
  return { start: first[0], end: last[1] };
}

/** The words of a normalised text, in order (no punctuation). */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['\-:./][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Sentences of the normalised text with their ranges, split after . ? ! (a "?" stays with its sentence). */
export function sentences(text: string): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  // A stop ends a sentence only before a space or the end, so "4.30" and "25.99" stay whole.
  const re = /(?:[^.?!;]|[.?!;](?=\S))+(?:[.?!;]+(?=\s|$)|$)/g;
  for (const m of text.matchAll(re)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed === '' || !/[\p{L}\p{N}]/u.test(trimmed)) continue;
    out.push({ text: trimmed, start: m.index + lead, end: m.index + lead + trimmed.length });
  }
  return out;
}
