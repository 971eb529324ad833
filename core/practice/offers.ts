import { containsAllKeywords, keywordStems } from '../language/keywords.js';
import { applyEffect, requiredFactsKnown, type Draft } from './draft.js';
import type { LineKey } from './schema/lines.js';

// A fix offered to the caller. It only lands when the trainee knows enough to make it (the
// required facts), it is the fix this caller needs (the scenario's offers), and it names a time
// (a dated promise: "by Friday", not "soon"). An indecisive caller wavers at the first one.

/** The caller's reply to an offer; null when it is accepted (the ending check takes it from there). */
export function onOffer(d: Draft, text: string, dated: boolean, phrase: string | null): LineKey | null {
  if (!requiredFactsKnown(d)) {
    applyEffect(d, 'premature_fix', phrase);
    return 'premature_fix';
  }
  const stems = keywordStems(text);
  if (d.sc.offerStems.length > 0 && !d.sc.offerStems.some((o) => containsAllKeywords(stems, [o]))) {
    applyEffect(d, 'wrong_offer', phrase);
    return 'wrong_offer';
  }
  if (d.sc.def.resolution.needsDate && !dated) {
    applyEffect(d, 'undated_promise', phrase);
    return 'undated_promise';
  }
  applyEffect(d, 'dated_promise', phrase);
  d.s.offers.accepted++;
  d.s.offers.lastAt = d.s.now;
  if (d.s.offers.accepted < d.sc.params.confirmations) return 'waver';
  d.s.offers.ready = true;
  return d.s.mood <= d.sc.params.calmAt ? null : 'not_convinced';
}

/**
 * A commitment recorded on the call screen. When it records the promise the trainee has just
 * made aloud (within 15 s of an accepted offer), it is the same promise, not a second one.
 */
export function onCommitment(d: Draft, description: string): LineKey | null {
  if (d.s.offers.lastAt !== null && d.s.now - d.s.offers.lastAt <= 15_000) return null;
  return onOffer(d, description, true, description);
}
