import { describe, expect, it } from 'vitest';
import { debrief, nextRandom, pick, seedRng } from '../../../../core/practice/index.js';
import { call, throughStory } from './helpers.js';

describe('debrief', () => {
  it('lists what went wrong, with the moments that moved the caller and the language hints', () => {
    const c = call('hotel-refund-demanding');
    c.say('Yes?'); // no greeting
    c.say('Right, and what dates were you there?'); // cuts into the story
    while (c.state.phase === 'story') c.listen();
    c.say("That's our policy, I'm afraid.");
    c.event('hold.started');
    c.event('hold.ended', 10_000);
    const d = debrief(c.sc, c.state);
    expect(d.habits.missed).toEqual(expect.arrayContaining(['greeted', 'listened', 'empathised', 'apologised', 'restated', 'dated_promise', 'asked_permission', 'thanked']));
    expect(d.interruptions).toBeGreaterThan(0);
    expect(d.holds).toMatchObject({ count: 1, withoutPermission: 1 });
    expect(d.hints.some((h) => h.hints.some((x) => x.rule === 'policy'))).toBe(true);
    expect(d.turningPoints.length).toBeLessThanOrEqual(3);
    expect(d.turningPoints.every((p) => p.delta > 0)).toBe(true);
    expect(d.facts.missed.map((f) => f.id)).toEqual(expect.arrayContaining(['booking']));
    expect(d.mood.highest).toBeGreaterThan(d.mood.start);
    expect(d.resolution).toContain('refund');
  });

  it('a good call has the facts found, told or asked, and calming turning points', () => {
    const c = call('parcel-marked-delivered');
    throughStory(c);
    c.say("I'm so sorry, that's so frustrating with her birthday on Saturday.");
    c.say("What's the tracking number?");
    c.say('And the delivery address?');
    c.say("I'll send a replacement by next-day delivery, it'll be with you tomorrow before noon.");
    const d = debrief(c.sc, c.state);
    expect(d.ending).toBe('resolved_calm');
    expect(d.facts.found).toEqual(expect.arrayContaining([{ id: 'deadline', label: 'When it is needed by', how: 'told' }, { id: 'tracking', label: 'The tracking or order number', how: 'asked' }]));
    expect(d.facts.missed).toEqual([]);
    expect(d.turningPoints.some((p) => p.delta < 0 && p.cause === 'dated_promise')).toBe(true);
    expect(d.durationMs).toBe(c.state.now - c.state.startedAt);
  });
});

describe('the seeded generator', () => {
  it('repeats exactly from a seed, stays in [0, 1), and differs between seeds', () => {
    const run = (seed: number) => {
      let rng = seedRng(seed);
      const out: number[] = [];
      for (let i = 0; i < 1000; i++) {
        const [r, next] = nextRandom(rng);
        out.push(r);
        rng = next;
      }
      return out;
    };
    expect(run(42)).toEqual(run(42));
    expect(run(42)).not.toEqual(run(43));
    expect(run(7).every((r) => r >= 0 && r < 1)).toBe(true);
    const mean = run(9).reduce((a, b) => a + b, 0) / 1000;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
  });

  it('picks every item of a list over many draws', () => {
    let rng = seedRng(1);
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const [x, next] = pick(rng, ['a', 'b', 'c', 'd']);
      seen.add(x);
      rng = next;
    }
    expect([...seen].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(() => pick(rng, [])).toThrow();
  });
});
