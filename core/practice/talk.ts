import { classify, asksHoldPermission, isDatedPromise, type Classification } from '../language/classify.js';
import type { Act } from '../language/acts.js';
import { isBackchannel } from '../language/backchannel.js';
import { containsAllKeywords, keywordStems } from '../language/keywords.js';
import { nextRandom } from './random.js';
import { applyEffect, callerSays, chooseLine, factKnown, say, spendTurn, type Draft } from './draft.js';
import { onCheckinDone, onPermissionAsked } from './holds.js';
import { onOffer } from './offers.js';
import type { LineKey } from './schema/lines.js';

// What the trainee says, and how the caller takes it. In the story, anything but a sign of
// listening (or empathy) is an interruption (HEARD: hear the whole story first). After it, each
// act moves the caller, and the caller answers with at most two lines: how they feel about
// what was said, and the substance (a fact, an answer to a hold, a reply to an offer).

// Acts that cut into a caller who is still telling their story.
const INTERRUPTING: readonly Act[] = ['question', 'promise', 'hold_request', 'restatement', 'blame', 'negative_wording', 'jargon'];

const phraseOf = (c: Classification, act: Act) => c.matches.find((m) => m.act === act)?.phrase ?? null;

function tellNextPart(d: Draft): void {
  const i = d.s.partsTold;
  const part = d.sc.parts[i];
  if (part === undefined) return;
  callerSays(d, part, i === 0 ? 'opening' : 'story');
  d.s.partsTold = i + 1;
  for (const f of d.sc.facts) if (f.toldInStory === i && !factKnown(d, f.id)) d.s.found[f.id] = 'told';
  if (d.s.partsTold >= d.sc.parts.length) d.s.phase = 'dialogue';
}

function greet(d: Draft, c: Classification | null): void {
  if (c !== null && c.acts.includes('greeting')) applyEffect(d, 'greeting', phraseOf(c, 'greeting'));
  else {
    applyEffect(d, 'no_greeting', null);
    say(d, 'no_greeting');
  }
  d.s.phase = 'story';
  tellNextPart(d);
}

/** The first fact this question asks for, or whether it asks only for facts already known. */
function askedFact(d: Draft, text: string): { id: string } | 'known' | null {
  const stems = keywordStems(text);
  let known = false;
  for (const f of d.sc.facts) {
    if (!f.askStems.some((a) => containsAllKeywords(stems, a))) continue;
    if (!factKnown(d, f.id)) return { id: f.id };
    known = true;
  }
  return known ? 'known' : null;
}

/** A talkative or lonely caller drifts off-topic now and then (seeded, so a replay drifts the same). */
function maybeDrift(d: Draft): void {
  const chance = d.sc.params.offTopicChance;
  const pool = d.sc.def.lines.offtopic;
  if (chance <= 0 || pool === undefined || d.s.phase !== 'dialogue' || d.s.offTopic) return;
  const [r, rng] = nextRandom(d.s.rng);
  d.s.rng = rng;
  if (r >= chance) return;
  d.s.offTopic = true;
  d.s.drifts++;
  callerSays(d, chooseLine(d, 'offtopic'), 'offtopic');
}

function keepChatting(d: Draft): void {
  callerSays(d, chooseLine(d, 'offtopic'), 'offtopic');
}

function inDialogue(d: Draft, c: Classification): void {
  const acts = new Set(c.acts);
  const text = c.utterance;
  let feeling: LineKey | null = null;
  let substance: LineKey | 'fact' | null = null;
  let factAnswer: string | null = null;
  const feel = (k: LineKey) => (feeling ??= k);

  // Working on the problem brings a drifting caller back.
  if (d.s.offTopic && (acts.has('question') || acts.has('restatement') || acts.has('promise'))) {
    d.s.offTopic = false;
    applyEffect(d, 'back_on_track', null);
  }
  if (acts.has('blame')) {
    applyEffect(d, 'blame', phraseOf(c, 'blame'));
    feel('blame');
  }
  if (acts.has('negative_wording')) {
    applyEffect(d, 'negative_wording', phraseOf(c, 'negative_wording'));
    feel('negative');
  }
  if (acts.has('jargon')) {
    applyEffect(d, 'jargon', phraseOf(c, 'jargon'));
    feel('jargon');
  }
  // "I'm sorry, but that's our policy" is not a sincere apology; nor is empathy beside blame.
  const hostile = acts.has('blame') || acts.has('negative_wording');
  if (acts.has('apology') && !hostile) {
    applyEffect(d, 'apology', phraseOf(c, 'apology'));
    feel('apology');
  }
  if (acts.has('empathy') && !hostile) {
    applyEffect(d, 'empathy', phraseOf(c, 'empathy'));
    feel('empathy');
  }
  let restated = false;
  if (acts.has('restatement')) {
    // A restatement calms when it says the problem back, not when it only signposts.
    const stems = keywordStems(text);
    if (d.sc.keywordStems.some((k) => containsAllKeywords(stems, [k]))) {
      applyEffect(d, 'restatement', phraseOf(c, 'restatement'));
      feel('restatement');
      restated = true;
    }
  }
  if (acts.has('thanks') && !hostile) applyEffect(d, 'thanks', phraseOf(c, 'thanks'));

  if (acts.has('promise')) {
    substance = onOffer(d, text, isDatedPromise(c), phraseOf(c, 'promise'));
  } else if (acts.has('hold_request')) {
    if (asksHoldPermission(c)) onPermissionAsked(d, phraseOf(c, 'hold_request'));
  } else if (acts.has('question')) {
    const asked = askedFact(d, text);
    if (asked === 'known') {
      applyEffect(d, 'repeat_question', phraseOf(c, 'question'));
      substance = 'repeat_question';
    } else if (asked !== null) {
      d.s.found[asked.id] = 'asked';
      applyEffect(d, 'fact_question', phraseOf(c, 'question'));
      factAnswer = d.sc.facts.find((f) => f.id === asked.id)?.answer ?? null;
      substance = 'fact';
    } else if (!restated) substance = 'unknown_question';
  }

  const worked = feeling !== null || substance !== null || acts.has('hold_request');
  if (!worked) {
    if (d.s.offTopic) return keepChatting(d);
    if (!acts.has('thanks') && !acts.has('greeting')) applyEffect(d, 'stalling', null);
  }
  d.pending = { feeling, substance, factAnswer, thanked: acts.has('thanks') && !worked, answered: acts.has('hold_request') };
}

/** Says the caller's reply to a dialogue turn, once the ending check has had its say. */
export function replyToTurn(d: Draft): void {
  const p = d.pending;
  d.pending = null;
  if (p === null || d.s.phase === 'ended') return;
  if (p.feeling !== null) say(d, p.feeling);
  if (p.substance === 'fact' && p.factAnswer !== null) callerSays(d, p.factAnswer, 'fact');
  else if (p.substance !== null && p.substance !== 'fact') say(d, p.substance);
  if (p.feeling === null && p.substance === null && p.answered !== true) say(d, p.thanked ? 'thanks' : 'nudge');
  maybeDrift(d);
}

export function onSay(d: Draft, text: string): void {
  const c = classify(text);
  // The trainee's line comes first in the transcript; its effects fill in as they apply.
  d.s.transcript.push({ at: d.s.now, speaker: 'trainee', text, acts: c.acts, effects: d.applied });
  spendTurn(d);
  d.s.quietSince = d.s.now;
  if (d.s.hold.on) {
    // Coming back on the line during a hold is a check-in, whatever the words.
    onCheckinDone(d, text);
  } else if (d.s.phase === 'greeting') {
    greet(d, c);
  } else if (d.s.phase === 'story') {
    if (c.acts.some((a) => INTERRUPTING.includes(a))) {
      d.s.interruptions++;
      applyEffect(d, 'interrupt', c.matches.find((m) => INTERRUPTING.includes(m.act))?.phrase ?? null);
      if (c.acts.includes('blame')) applyEffect(d, 'blame', phraseOf(c, 'blame'));
      if (c.acts.includes('negative_wording')) applyEffect(d, 'negative_wording', phraseOf(c, 'negative_wording'));
      if (c.acts.includes('hold_request') && asksHoldPermission(c)) onPermissionAsked(d, phraseOf(c, 'hold_request'));
      else say(d, 'interrupted');
    } else {
      const light = { scale: 0.5, counts: false };
      if (c.acts.includes('apology')) applyEffect(d, 'apology', phraseOf(c, 'apology'), light);
      if (c.acts.includes('empathy')) applyEffect(d, 'empathy', phraseOf(c, 'empathy'), light);
      tellNextPart(d);
    }
  } else if (d.s.phase === 'dialogue') {
    if (isBackchannel(text) && c.acts.length === 0) onListen(d, false);
    else inDialogue(d, c);
  }
}

/** The trainee lets the caller talk: the next part of the story, or, with nothing left to tell, dead air. */
export function onListen(d: Draft, spend = true): void {
  if (spend) spendTurn(d);
  d.s.quietSince = d.s.now;
  if (d.s.hold.on) return;
  if (d.s.phase === 'greeting') return greet(d, null);
  if (d.s.phase === 'story') return tellNextPart(d);
  if (d.s.offTopic) return keepChatting(d);
  applyEffect(d, 'stalling', null);
  d.pending = { feeling: null, substance: 'nudge', factAnswer: null, thanked: false };
}
