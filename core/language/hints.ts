import { normalize, originalSpan, type Span } from './normalize.js';
import { HINT_RULES, type HintKind } from './hintRules.js';
import { JARGON } from './rules/jargon.js';
import { global } from './rules/rule.js';

// Positive-language coaching (issue 11): for each negative phrasing in an utterance, the
// phrase, why it hurts, and a positive rewrite. Pure and fast, so the call screen can run it
// on every keystroke of a reply or a note.

export type Hint = Span & {
  rule: string;
  kind: HintKind;
  /** The words of the utterance that triggered the hint, as typed. */
  phrase: string;
  why: string;
  /** What to say instead. "…" marks where the rep fills in the specifics. */
  rewrite: string;
};

export function hints(utterance: string): Hint[] {
  const n = normalize(utterance);
  const found: Hint[] = [];
  const free = (s: Span) => !found.some((h) => h.start < s.end && s.start < h.end);
  for (const rule of HINT_RULES) {
    for (const m of n.text.matchAll(global(rule.re))) {
      const span = originalSpan(n, m.index, m.index + m[0].length);
      // One hint per rule: "the courier messed up, not us" needs one lesson, not two.
      if (!free(span) || found.some((h) => h.rule === rule.id)) continue;
      found.push({ ...span, rule: rule.id, kind: rule.kind, phrase: utterance.slice(span.start, span.end), why: rule.why, rewrite: tidy(rule.rewrite(m)) });
    }
  }
  for (const term of JARGON) {
    const text = term.caseSensitive ? utterance : n.text;
    for (const m of text.matchAll(global(term.re))) {
      const span = term.caseSensitive ? { start: m.index, end: m.index + m[0].length } : originalSpan(n, m.index, m.index + m[0].length);
      if (!free(span)) continue;
      const phrase = utterance.slice(span.start, span.end);
      found.push({
        ...span,
        rule: `jargon.${term.id}`,
        kind: 'jargon',
        phrase,
        why: `“${phrase}” is our word, not the caller’s.`,
        rewrite: `Say “${term.plain}” instead of “${phrase}”.`,
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

const PROPER = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december)\b/g;

/** Rewrites are built from normalised words: restore "I", day and month names, and the sentence's capital. */
function tidy(s: string): string {
  const fixed = s
    .replace(/\bi\b/g, 'I')
    .replace(PROPER, (w) => w.charAt(0).toUpperCase() + w.slice(1))
    .replace(/\s+/g, ' ')
    .trim();
  return fixed.charAt(0).toUpperCase() + fixed.slice(1);
}
