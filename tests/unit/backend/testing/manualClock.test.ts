import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../../../backend/testing/manualClock.js';

describe('ManualClock', () => {
  it('runs each timer at its own due time, in due order, including timers scheduled on the way', () => {
    const clock = new ManualClock(1_000);
    const ran: [string, number][] = [];
    clock.schedule(30, () => ran.push(['b', clock.now()]));
    clock.schedule(10, () => {
      ran.push(['a', clock.now()]);
      clock.schedule(5, () => ran.push(['a+5', clock.now()]));
    });
    const cancel = clock.schedule(20, () => ran.push(['cancelled', clock.now()]));
    cancel();
    expect(clock.advance(29)).toBe(2);
    expect(ran).toEqual([
      ['a', 1_010],
      ['a+5', 1_015],
    ]);
    expect(clock.now()).toBe(1_029);
    clock.advance(1);
    expect(ran.at(-1)).toEqual(['b', 1_030]);
    expect(clock.pending()).toBe(0);
  });

  it('runs what is already due on advance(0), and moves only the wall on a jump', () => {
    const clock = new ManualClock(5_000);
    let ran = 0;
    clock.schedule(0, () => ran++);
    expect(ran).toBe(0);
    clock.advance(0);
    expect(ran).toBe(1);
    clock.jumpWall(-60_000);
    expect(clock.now()).toBe(-55_000);
    expect(clock.monotonic()).toBe(0);
    expect(() => clock.advance(-1)).toThrow(/forward/);
  });
});
