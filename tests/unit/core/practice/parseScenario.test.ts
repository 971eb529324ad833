import { describe, expect, it } from 'vitest';
import { parseScenario, scenarioCatalog, SHIPPED_SCENARIO_FILES, SHIPPED_SCENARIOS } from '../../../../core/practice/index.js';

type Json = Record<string, unknown> & { facts: Record<string, unknown>[]; customer: Record<string, unknown> & { calls: Record<string, unknown>[] } };

/** A fresh copy of a shipped scenario file to break. */
function base(): Json {
  return structuredClone(SHIPPED_SCENARIO_FILES.find(([f]) => f === 'parcel-marked-delivered.json')![1]) as Json;
}

describe('parseScenario', () => {
  it('accepts a shipped file and fills the defaults', () => {
    const r = parseScenario(base(), 'parcel.json');
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.facts[0]!.required).toBe(true);
      expect(r.value.customer.commitments).toEqual([]);
      expect(r.value.effects).toEqual({});
    }
  });

  it('accepts raw file text, and says when it is not JSON', () => {
    expect(parseScenario(JSON.stringify(base()), 'p.json').ok).toBe(true);
    const r = parseScenario('{ "id": ', 'team/broken.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(/^team\/broken\.json: not valid JSON/);
  });

  it('names the file and the field of a missing field', () => {
    const bad = base();
    delete bad.facts[1]!.answer;
    expect(parseScenario(bad, 'parcel.json')).toEqual({ ok: false, errors: ['parcel.json: facts.1.answer: Required'] });
  });

  it.each([
    ['an unknown persona', (j: Json): void => void (j.personas = ['grumpy']), 'personas.0'],
    ['a story part a fact cannot be told in', (j: Json): void => void (j.facts[0]!.toldInStory = 9), 'facts.0.toldInStory: The story has parts 0 (the opening) to 2'],
    ['a duplicate fact id', (j: Json): void => void (j.facts[2]!.id = 'tracking'), 'facts.2.id: Duplicate fact id "tracking" (also facts.0.id)'],
    ['a call about a case that does not exist', (j: Json): void => void (j.customer.calls[0]!.case = 'nope'), 'customer.calls.0.case: No case with ref "nope" in customer.cases'],
    ['a patience override that refunds patience', (j: Json): void => void (j.effects = { empathy: { patience: 2 } }), 'effects.empathy.patience: Patience effects can only spend patience (0 or less), so every call ends'],
    ['an unknown effect', (j: Json): void => void (j.effects = { charm: { mood: -5 } }), 'effects: Unrecognized key: "charm"'],
    ['a line that depends on a fact that does not exist', (j: Json): void => void (j.lines = { nudge: { calm: [{ text: 'So?', ifFound: ['ghost'] }] } }), 'lines.nudge.calm.0.ifFound.0: No fact with id "ghost"'],
    ['lines with no mood band', (j: Json): void => void (j.lines = { nudge: {} }), 'lines.nudge: Give lines for at least one mood band'],
    ['a misspelled field', (j: Json): void => void (j.openning = 'Hi'), 'openning'],
    ['an invalid phone number', (j: Json): void => void (j.customer.phone = '+1 555'), 'customer.phone: "+1 555" is not'],
    ['no endings', (j: Json): void => void delete j.endings, 'endings: Required'],
  ] as const)('refuses %s, naming the file and the field', (_what, breakIt, expected) => {
    const bad = base();
    breakIt(bad);
    const r = parseScenario(bad, 'team/parcel.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.some((e) => e.startsWith('team/parcel.json: ') && e.includes(expected)), r.errors.join('\n')).toBe(true);
  });

  it('reports every problem at once', () => {
    const bad = base();
    delete bad.title;
    bad.difficulty = 7;
    const r = parseScenario(bad, 'p.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.length).toBeGreaterThanOrEqual(2);
  });
});

describe('scenarioCatalog: an admin adds scenarios from a folder', () => {
  it('keeps the good files, reports the bad ones by file and field, and refuses a taken id', () => {
    const mine = { ...base(), id: 'parcel-second-go' };
    const taken = base();
    const broken = base();
    delete broken.facts[0]!.ask;
    const r = scenarioCatalog([
      { name: 'mine.json', text: JSON.stringify(mine) },
      { name: 'taken.json', text: JSON.stringify(taken) },
      { name: 'broken.json', text: JSON.stringify(broken) },
    ]);
    expect(r.scenarios.length).toBe(SHIPPED_SCENARIOS.length + 1);
    expect(r.scenarios.at(-1)?.id).toBe('parcel-second-go');
    expect(r.errors).toEqual([
      'taken.json: id: "parcel-marked-delivered" is already used by another scenario; choose another id',
      'broken.json: facts.0.ask: Required',
    ]);
  });
});
