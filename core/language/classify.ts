import { ACTS, type Act } from './acts.js';
import { normalize, originalSpan, sentences, type Normalized, type Span } from './normalize.js';
import { GREETING_RULES, THANKS_RULES } from './rules/courtesy.js';
import { APOLOGY_RULES, EMPATHY_RULES } from './rules/care.js';
import { RESTATEMENT_RULES } from './rules/restatement.js';
import { isQuestionSentence, QUESTION_RULES } from './rules/question.js';
import { PROMISE_RULES } from './rules/promise.js';
import { HOLD_RULES } from './rules/hold.js';
import { BLAME_RULES } from './rules/blame.js';
import { NEGATIVE_RULES } from './rules/negative.js';
import { JARGON_RULES } from './rules/jargon.js';
import type { Rule } from './rules/rule.js';
import { findTimeRefs, type TimeRef } from './timeRef.js';

// The classifier: patterns over normalised words, each match kept with the phrase that made
// it, so a trainee (or a QA supervisor) can see why "I'm sorry, but that's our policy" counted
// as an apology and as negative wording. Deterministic, no model, no I/O: it runs per
// keystroke in the renderer and in bulk in the backend.

/** Why an act was found: the rule, and the phrase of the original utterance that matched. */
export type ActMatch = Span & { act: Act; rule: string; phrase: string };

export type Classification = {
  utterance: string;
  /** The acts found, each once, in the order of ACTS. */
  acts: Act[];
  /** Every match, in the order they appear in the utterance. */
  matches: ActMatch[];
  /** Time references ("by 4 pm", "tomorrow"): a promise with one is a dated promise. */
  timeRefs: TimeRef[];
};

export const ALL_RULES: readonly Rule[] = [
  ...GREETING_RULES,
  ...EMPATHY_RULES,
  ...APOLOGY_RULES,
  ...RESTATEMENT_RULES,
  ...QUESTION_RULES,
  ...PROMISE_RULES,
  ...HOLD_RULES,
  ...THANKS_RULES,
  ...BLAME_RULES,
  ...NEGATIVE_RULES,
  ...JARGON_RULES,
];

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

function spansOf(re: RegExp, text: string): Span[] {
  return Array.from(text.matchAll(re), (m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** The matches of one rule, in original-text coordinates, minus those an `unless` phrase overlaps. */
function ruleMatches(rule: Rule, n: Normalized): Span[] {
  const text = rule.caseSensitive ? n.original : n.text;
  const blockers = (rule.unless ?? []).flatMap((re) => spansOf(re, text));
  const kept = spansOf(rule.re, text).filter((s) => s.end > s.start && !blockers.some((b) => overlaps(s, b)));
  return rule.caseSensitive ? kept : kept.map((s) => originalSpan(n, s.start, s.end));
}

function questionSentenceMatches(n: Normalized): ActMatch[] {
  return sentences(n.text)
    .filter((s) => isQuestionSentence(s.text))
    .map((s) => {
      const span = originalSpan(n, s.start, s.end);
      return { act: 'question', rule: 'question.sentence', phrase: n.original.slice(span.start, span.end), ...span };
    });
}

export function classify(utterance: string): Classification {
  const n = normalize(utterance);
  let matches: ActMatch[] = [];
  for (const rule of ALL_RULES) {
    for (const span of ruleMatches(rule, n)) {
      matches.push({ act: rule.act, rule: rule.id, phrase: utterance.slice(span.start, span.end), ...span });
    }
  }
  matches.push(...questionSentenceMatches(n));
  // "May I place you on hold?" is a question in form, but the act is the hold request.
  const holds = matches.filter((m) => m.act === 'hold_request');
  if (holds.length > 0) {
    const holdSentences = sentences(n.text)
      .map((s) => originalSpan(n, s.start, s.end))
      .filter((s) => holds.some((h) => overlaps(h, s)));
    matches = matches.filter((m) => m.act !== 'question' || !holdSentences.some((s) => overlaps(m, s)));
  }
  matches.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
  const found = new Set(matches.map((m) => m.act));
  return { utterance, acts: ACTS.filter((a) => found.has(a)), matches, timeRefs: findTimeRefs(utterance) };
}

export function hasAct(c: Classification, act: Act): boolean {
  return c.acts.includes(act);
}

/** The hold request asks permission ("may I place you on hold?"), rather than only announcing one. */
export function asksHoldPermission(c: Classification): boolean {
  return c.matches.some((m) => m.rule.startsWith('hold_request.ask.'));
}

/** A promise that names a time: "I'll call you back by 4 pm today". */
export function isDatedPromise(c: Classification): boolean {
  return hasAct(c, 'promise') && c.timeRefs.length > 0;
}

/** One line per act: "apology: "I'm so sorry" (apology.i_am_sorry)". For debriefs and test failures. */
export function explain(c: Classification): string[] {
  return c.acts.map((act) => {
    const first = c.matches.find((m) => m.act === act);
    return first ? `${act}: "${first.phrase}" (${first.rule})` : act;
  });
}
