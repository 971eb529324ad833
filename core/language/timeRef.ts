import { normalize, originalSpan, type Span } from './normalize.js';

// Time references in what the rep says. A promise with one ("I'll call you back by 4 pm")
// is a dated promise, the kind that calms a caller; "as soon as possible" or "shortly" is
// not, and the coaching hint asks for a time instead.

export type TimeRef = Span & { phrase: string };

const DAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)';
const DAY_FULL = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const MONTH = '(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)';
const NUMBER_WORD = '(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|24|48|72|\\d{1,3})';
const CLOCK_WORD = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midday)';

const PATTERNS: readonly RegExp[] = [
  /\b(?:later )?(?:today|tonight|tomorrow)\b/g,
  /\bthis (?:morning|afternoon|evening|week|weekend|month)\b/g,
  // Short day names are words too ("sat", "sun"): only after a preposition.
  new RegExp(`\\b(?:next|this|on|by|before|until|from) ${DAY}\\b|\\b${DAY_FULL}(?: morning| afternoon| evening)?\\b`, 'g'),
  /\bnext (?:week|month|year|business day|working day)\b/g,
  /\b\d{1,2}(?::\d{2})? ?(?:am|pm|a\.m|p\.m)\b|\b\d{1,2}:\d{2}\b/g,
  new RegExp(`\\b(?:by|at|before|around|after|until) (?:\\d{1,2}|${CLOCK_WORD})(?: o'clock| thirty| fifteen| forty-five)?\\b`, 'g'),
  /\b(?:noon|midday|midnight|first thing)\b/g,
  /\bend of (?:the )?(?:day|week|month|business)\b|\bclose of business\b|\beod\b|\bcob\b/g,
  new RegExp(`\\b(?:within|in|inside) (?:the next )?${NUMBER_WORD}(?:(?: to |-)\\d{1,3})? (?:business |working )?(?:minutes?|hours?|days?|weeks?)\\b|\\bwithin the (?:hour|day|week)\\b`, 'g'),
  new RegExp(`\\b${NUMBER_WORD}(?: to |-)${NUMBER_WORD} (?:business |working )?(?:days|weeks|hours)\\b`, 'g'),
  new RegExp(`\\b${MONTH} \\d{1,2}(?:st|nd|rd|th)?\\b|\\b\\d{1,2}(?:st|nd|rd|th)? (?:of )?${MONTH}\\b`, 'g'),
  /\bthe \d{1,2}(?:st|nd|rd|th)\b/g,
  /\b\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\b/g,
];

/** Every time reference in an utterance, in order, as spans of the original text. */
export function findTimeRefs(utterance: string): TimeRef[] {
  const n = normalize(utterance);
  const found: TimeRef[] = [];
  for (const re of PATTERNS) {
    for (const m of n.text.matchAll(re)) {
      const span = originalSpan(n, m.index, m.index + m[0].length);
      if (found.some((f) => f.start < span.end && span.start < f.end)) continue;
      found.push({ ...span, phrase: utterance.slice(span.start, span.end) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Vague time words that are not a time: "as soon as possible", "shortly", "soon". */
export function vagueTimePhrase(utterance: string): TimeRef | null {
  const n = normalize(utterance);
  const m = /\b(?:as soon as (?:possible|i can|we can)|asap|shortly|soon|at some point|when i can|in due course|in a bit|later on)\b/.exec(n.text);
  if (!m) return null;
  const span = originalSpan(n, m.index, m.index + m[0].length);
  return { ...span, phrase: utterance.slice(span.start, span.end) };
}
