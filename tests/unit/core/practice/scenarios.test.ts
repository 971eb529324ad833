import { describe, expect, it } from 'vitest';
import { CustomerHistory } from '../../../../core/model/history.js';
import { CASE_NUMBER_PATTERN, Id } from '../../../../core/model/ids.js';
import {
  brokenPromises,
  checkEndings,
  compileScenario,
  PERSONAS,
  practiceHistory,
  practiceId,
  runPractice,
  SHIPPED_SCENARIOS,
} from '../../../../core/practice/index.js';

const NOW = Date.UTC(2025, 4, 20, 14, 0);

describe('the shipped scenarios', () => {
  it('are at least ten, with unique ids, covering every persona and some combinations', () => {
    expect(SHIPPED_SCENARIOS.length).toBeGreaterThanOrEqual(10);
    const ids = SHIPPED_SCENARIOS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of PERSONAS) expect(SHIPPED_SCENARIOS.some((s) => s.personas.includes(p)), p).toBe(true);
    expect(SHIPPED_SCENARIOS.filter((s) => s.personas.length > 1).length).toBeGreaterThanOrEqual(3);
  });

  it('read like callers, not templates: no placeholders, no two openings alike, stories with specifics', () => {
    const openings = new Set<string>();
    for (const s of SHIPPED_SCENARIOS) {
      const all = JSON.stringify(s);
      expect(all, s.id).not.toMatch(/\{[a-z_]+\}|TODO|lorem|<[a-z]+>/i);
      expect(openings.has(s.opening), s.id).toBe(false);
      openings.add(s.opening);
      // Specific details: amounts, dates, times, counts in the story and the answers.
      const told = [s.opening, ...s.story, ...s.facts.map((f) => f.answer)].join(' ');
      expect(told, s.id).toMatch(/\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|hundred)\b/i);
      expect(s.facts.length, s.id).toBeGreaterThanOrEqual(3);
      expect(Object.keys(s.lines).length, s.id).toBeGreaterThanOrEqual(5);
      expect(s.customer.calls.length, s.id).toBeGreaterThanOrEqual(1);
    }
  });

  it('a caller promised a fix that never came has the broken promise on record', () => {
    for (const s of SHIPPED_SCENARIOS.filter((x) => x.personas.includes('promised_fix_never_came'))) {
      expect(brokenPromises(s, NOW).length, s.id).toBeGreaterThanOrEqual(1);
    }
  });

  it.each(SHIPPED_SCENARIOS.map((s) => [s.id, s]))('%s can reach each of its endings, and the path replays to it', (_id, def) => {
    const sc = compileScenario(def);
    for (const seed of [1, 2]) {
      const results = checkEndings(sc, { seed, at: NOW });
      expect(results.map((r) => r.ending)).toEqual(sc.endings);
      for (const r of results) {
        expect(r.found, `${def.id} ${r.ending} seed ${seed}`).toBe(true);
        // The search's answer is a real session: replaying its inputs from the seed ends the same way.
        expect(runPractice(sc, { seed, at: NOW }, r.inputs).state.ending).toBe(r.ending);
      }
    }
  });
});

describe('the fictional customer at screen pop', () => {
  it.each(SHIPPED_SCENARIOS.map((s) => [s.id, s]))('%s gives a history the screen pop accepts', (_id, def) => {
    const h = practiceHistory(def, NOW);
    expect(CustomerHistory.parse(h)).toEqual(h);
    expect(h.customer.name).toBe(def.customer.name);
    for (const k of h.cases) expect(k.number).toMatch(CASE_NUMBER_PATTERN);
    for (const call of h.recentCalls) {
      expect(call.startedAt).toBeLessThan(NOW);
      expect(call.endedAt!).toBeGreaterThan(call.startedAt);
    }
    // Newest call first; open cases before closed ones.
    expect(h.recentCalls.map((c) => c.startedAt)).toEqual([...h.recentCalls.map((c) => c.startedAt)].sort((a, b) => b - a));
    const firstClosed = h.cases.findIndex((k) => !['open', 'pending', 'escalated'].includes(k.status));
    if (firstClosed >= 0) expect(h.cases.slice(firstClosed).every((k) => !['open', 'pending', 'escalated'].includes(k.status))).toBe(true);
  });

  it('marks a case touched in the last 7 days as a repeat, and an overdue open promise as overdue', () => {
    const insurance = SHIPPED_SCENARIOS.find((s) => s.id === 'insurance-claim-courtesy-car')!;
    expect(practiceHistory(insurance, NOW).repeat).toMatchObject({ subject: 'Motor claim: rear-ended at lights (third party at fault)', windowDays: 7 });
    const broadband = SHIPPED_SCENARIOS.find((s) => s.id === 'broadband-third-outage')!;
    const h = practiceHistory(broadband, NOW);
    // Last touched 9 days ago: outside the repeat window, but the promise is still overdue.
    expect(h.repeat).toBeNull();
    expect(h.commitments).toHaveLength(1);
    expect(h.commitments[0]).toMatchObject({ owner: 'Chris', overdue: true, caseNumber: h.cases[0]!.number });
  });

  it('uses stable, valid ids: the same scenario is always the same fictional customer', () => {
    const a = practiceId('broadband-third-outage', 'customer');
    expect(Id.safeParse(a).success).toBe(true);
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(practiceId('broadband-third-outage', 'customer')).toBe(a);
    expect(practiceId('broadband-third-outage', 'case:drops')).not.toBe(a);
    expect(practiceId('parcel-marked-delivered', 'customer')).not.toBe(a);
    const def = SHIPPED_SCENARIOS[0]!;
    expect(practiceHistory(def, NOW).customer.id).toBe(practiceHistory(def, NOW + 86_400_000).customer.id);
  });
});
