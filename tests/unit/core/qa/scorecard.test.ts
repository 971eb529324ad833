import { describe, expect, it } from 'vitest';
import { DEFAULT_SCORECARD } from '../../../../core/qa/scorecard/default.js';
import { parseScorecard } from '../../../../core/qa/scorecard/parse.js';
import type { Scorecard } from '../../../../core/qa/scorecard/schema.js';
import { allCriteria, findScorecard, latestScorecard, reviseScorecard, scorecardKey } from '../../../../core/qa/scorecard/version.js';

const clone = (card: Scorecard): Scorecard => JSON.parse(JSON.stringify(card)) as Scorecard;

function small(): Scorecard {
  return {
    id: 'small',
    version: 1,
    name: 'Small',
    description: '',
    sections: [
      {
        id: 'a',
        title: 'A',
        criteria: [
          { id: 'a1', label: 'A one', description: '', weight: 60, scale: 'yes_no', naAllowed: false, critical: 'none', auto: null },
          { id: 'a2', label: 'A two', description: '', weight: 40, scale: '1_to_5', naAllowed: true, critical: 'none', auto: null },
        ],
      },
    ],
  };
}

function errorsOf(json: unknown, file = 'card.json'): string[] {
  const r = parseScorecard(json, file);
  if (r.ok) throw new Error('expected the scorecard to be refused');
  return r.errors;
}

describe('parseScorecard', () => {
  it('accepts a good scorecard and fills defaults', () => {
    const r = parseScorecard({
      id: 'min',
      version: 1,
      name: 'Minimal',
      sections: [{ id: 's', title: 'S', criteria: [{ id: 'c', label: 'C', weight: 100, scale: 'yes_no' }] }],
    });
    expect(r).toEqual({
      ok: true,
      value: {
        id: 'min',
        version: 1,
        name: 'Minimal',
        description: '',
        sections: [{ id: 's', title: 'S', criteria: [{ id: 'c', label: 'C', description: '', weight: 100, scale: 'yes_no', naAllowed: false, critical: 'none', auto: null }] }],
      },
    });
  });

  it('accepts decimal weights that sum to 100', () => {
    const card = small();
    card.sections[0]!.criteria[0]!.weight = 33.3;
    card.sections[0]!.criteria[1]!.weight = 66.7;
    expect(parseScorecard(card).ok).toBe(true);
  });

  it('names the sum and each section when weights do not add up to 100', () => {
    const card = small();
    card.sections[0]!.criteria[1]!.weight = 35;
    expect(errorsOf(card)).toEqual(['card.json: sections: Criterion weights sum to 95, not 100 (a 95)']);
  });

  it('refuses an unknown scale, critical kind and automatic check, naming the field and the allowed values', () => {
    const card = clone(small()) as unknown as { sections: { criteria: Record<string, unknown>[] }[] };
    card.sections[0]!.criteria[0]!.scale = 'stars';
    card.sections[0]!.criteria[0]!.critical = 'fail_call';
    card.sections[0]!.criteria[1]!.auto = 'mind_reading';
    expect(errorsOf(card)).toEqual([
      'card.json: sections.0.criteria.0.scale: Unknown scale "stars": use yes_no, 1_to_5',
      'card.json: sections.0.criteria.0.critical: Unknown critical kind "fail_call": use none, fail_section, fail_all',
      expect.stringMatching(/^card\.json: sections\.0\.criteria\.1\.auto: Unknown automatic check "mind_reading": use greeting, tone, hold_permission, /),
    ]);
  });

  it('refuses an empty section and an empty scorecard', () => {
    const card = small();
    card.sections.push({ id: 'b', title: 'B', criteria: [] });
    expect(errorsOf(card)).toEqual(['card.json: sections.1.criteria: A section has at least one criterion']);
    expect(errorsOf({ ...small(), sections: [] })).toEqual(['card.json: sections: A scorecard has at least one section']);
  });

  it('refuses duplicate section and criterion ids (criterion ids are unique across sections)', () => {
    const card = small();
    card.sections[0]!.criteria[0]!.weight = 30;
    card.sections.push({ id: 'a', title: 'Again', criteria: [{ ...card.sections[0]!.criteria[0]!, weight: 30 }] });
    expect(errorsOf(card)).toEqual([
      'card.json: sections.1.id: Duplicate section id "a" (also sections.0.id)',
      'card.json: sections.1.criteria.0.id: Duplicate criterion id "a1" (also sections.0.criteria.0.id)',
    ]);
  });

  it('says Required for a missing field, and refuses unknown keys and bad weights', () => {
    const card = clone(small()) as unknown as { sections: { criteria: Record<string, unknown>[] }[] };
    delete card.sections[0]!.criteria[0]!.scale;
    card.sections[0]!.criteria[1]!.kind = 'free_text';
    expect(errorsOf(card)).toEqual([
      'card.json: sections.0.criteria.0.scale: Required',
      expect.stringMatching(/^card\.json: sections\.0\.criteria\.1: Unrecognized key.*kind/),
    ]);
    const zero = small();
    zero.sections[0]!.criteria[0]!.weight = 0;
    zero.sections[0]!.criteria[1]!.weight = 100;
    expect(errorsOf(zero)).toEqual(['card.json: sections.0.criteria.0.weight: A weight is more than 0']);
  });

  it('refuses a critical 1-5 criterion and an automatic check that does not fit its criterion', () => {
    const card = small();
    card.sections[0]!.criteria[1]!.critical = 'fail_section';
    card.sections[0]!.criteria[1]!.auto = 'hold_permission';
    card.sections[0]!.criteria[0]!.auto = 'hold_checkins';
    expect(errorsOf(card)).toEqual([
      'card.json: sections.0.criteria.0.naAllowed: The automatic check "hold_checkins" can answer N/A (Check-ins on time during every hold); allow N/A on this criterion',
      'card.json: sections.0.criteria.1.critical: A fail_section criterion is answered yes or no; its scale is 1_to_5',
      'card.json: sections.0.criteria.1.auto: The automatic check "hold_permission" answers yes or no; this criterion\'s scale is 1_to_5',
    ]);
  });

  it('reads raw JSON text and reports bad JSON with the file name', () => {
    expect(parseScorecard(JSON.stringify(small()), 'x.json').ok).toBe(true);
    expect(errorsOf('{ "id": ', 'x.json')[0]).toMatch(/^x\.json: not valid JSON \(/);
    expect(parseScorecard('{').ok).toBe(false);
    const r = parseScorecard({ ...small(), version: 0 });
    expect(r).toEqual({ ok: false, errors: ['version: A version is a whole number from 1'] });
  });
});

describe('the default scorecard', () => {
  it('is valid as shipped, unchanged by parsing, and its weights sum to exactly 100', () => {
    expect(parseScorecard(DEFAULT_SCORECARD, 'default')).toEqual({ ok: true, value: DEFAULT_SCORECARD });
    expect(allCriteria(DEFAULT_SCORECARD).reduce((s, c) => s + c.criterion.weight, 0)).toBe(100);
  });

  it("covers DOMAIN.md's criteria, with critical compliance items", () => {
    const ids = allCriteria(DEFAULT_SCORECARD).map((c) => c.criterion.id);
    for (const id of ['greeting', 'verification', 'listening', 'empathy', 'apology', 'restated', 'accurate_resolution', 'hold_permission', 'hold_checkins', 'positive_language', 'no_blame', 'recap', 'case_number', 'anything_else', 'thanks', 'notes_quality']) {
      expect(ids).toContain(id);
    }
    const critical = allCriteria(DEFAULT_SCORECARD).filter((c) => c.criterion.critical === 'fail_all').map((c) => c.criterion.id);
    expect(critical).toEqual(['verification', 'no_misconduct']);
    const auto = allCriteria(DEFAULT_SCORECARD).filter((c) => c.criterion.auto !== null).length;
    expect(auto).toBeGreaterThanOrEqual(14);
  });
});

describe('scorecard versions', () => {
  it('an edit makes the next version; an edit that changes nothing does not', () => {
    const v1 = small();
    const edited = clone(v1);
    edited.sections[0]!.criteria[0]!.label = 'A one, reworded';
    edited.version = 7; // whatever the editor claims, the next version is current + 1
    const r = reviseScorecard(v1, edited);
    expect(r.ok && r.value.version).toBe(2);
    expect(r.ok && r.value.sections[0]!.criteria[0]!.label).toBe('A one, reworded');
    expect(reviseScorecard(v1, clone(v1))).toEqual({ ok: true, value: v1 });
    expect(v1.sections[0]!.criteria[0]!.label).toBe('A one');
  });

  it('an edit keeps the id and is validated', () => {
    expect(reviseScorecard(small(), { ...small(), id: 'other' })).toEqual({ ok: false, errors: ['id: an edit keeps the scorecard id "small" (got "other"); a new id is a new scorecard'] });
    const bad = small();
    bad.sections[0]!.criteria[0]!.weight = 1;
    expect(reviseScorecard(small(), bad).ok).toBe(false);
  });

  it('finds a version, the latest version, and keys them', () => {
    const v1 = small();
    const v2 = { ...small(), version: 2, name: 'Small 2' };
    expect(findScorecard([v2, v1], { id: 'small', version: 1 })).toBe(v1);
    expect(findScorecard([v2, v1], { id: 'small', version: 3 })).toBeNull();
    expect(latestScorecard([v1, v2], 'small')).toBe(v2);
    expect(latestScorecard([v1, v2], 'none')).toBeNull();
    expect(scorecardKey(v2)).toBe('small@2');
  });
});
