import type { ParseResult } from '../../call/parse.js';
import { canonicalJson } from '../../call/log.js';
import { parseScorecard } from './parse.js';
import type { Criterion, Scorecard, ScorecardRef } from './schema.js';

// Scorecards are versioned: an edit never changes a version an evaluation was made with, it
// makes the next one. Evaluations keep their ScorecardRef and are always scored against it.

export function scorecardRef(card: Scorecard): ScorecardRef {
  return { id: card.id, version: card.version };
}

/** "default@3": a key for maps and logs. */
export function scorecardKey(ref: ScorecardRef): string {
  return `${ref.id}@${ref.version}`;
}

/**
 * The scorecard an admin saves after editing `current`: checked, and numbered
 * current.version + 1 whatever version the edit claims. An edit that changes nothing is not
 * a new version (returns `current`), so saving twice does not split evaluations across
 * identical versions.
 */
export function reviseScorecard(current: Scorecard, edited: unknown): ParseResult<Scorecard> {
  const parsed = parseScorecard(edited);
  if (!parsed.ok) return parsed;
  if (parsed.value.id !== current.id) {
    return { ok: false, errors: [`id: an edit keeps the scorecard id "${current.id}" (got "${parsed.value.id}"); a new id is a new scorecard`] };
  }
  const body = (card: Scorecard) => canonicalJson({ ...card, version: 0 });
  if (body(parsed.value) === body(current)) return { ok: true, value: current };
  return { ok: true, value: { ...parsed.value, version: current.version + 1 } };
}

export function findScorecard(cards: readonly Scorecard[], ref: ScorecardRef): Scorecard | null {
  return cards.find((c) => c.id === ref.id && c.version === ref.version) ?? null;
}

/** The newest version of a scorecard: what a new evaluation uses. */
export function latestScorecard(cards: readonly Scorecard[], id: string): Scorecard | null {
  let best: Scorecard | null = null;
  for (const c of cards) if (c.id === id && (best === null || c.version > best.version)) best = c;
  return best;
}

/** Every criterion with its section id, in scorecard order. */
export function allCriteria(card: Scorecard): { sectionId: string; criterion: Criterion }[] {
  return card.sections.flatMap((s) => s.criteria.map((criterion) => ({ sectionId: s.id, criterion })));
}
