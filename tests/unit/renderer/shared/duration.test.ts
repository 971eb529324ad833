import { describe, expect, it } from 'vitest';
import { formatClock, formatSpan } from '../../../../renderer/shared/duration.js';

describe('stopwatch times', () => {
  it('floors to whole seconds and never goes negative', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(59_999)).toBe('0:59');
    expect(formatClock(61_000)).toBe('1:01');
    expect(formatClock(3_723_000)).toBe('1:02:03');
    expect(formatClock(-5000)).toBe('0:00');
    expect(formatSpan(42_000)).toBe('42 s');
    expect(formatSpan(125_000)).toBe('2 min 05 s');
    expect(formatSpan(120_000)).toBe('2 min');
  });
});
