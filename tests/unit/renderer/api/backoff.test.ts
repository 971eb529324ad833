import { describe, expect, it } from 'vitest';
import { backoffDelay, BACKOFF_MAX_MS } from '../../../../renderer/api/backoff.js';

describe('reconnect backoff', () => {
  it('grows from a quarter second and is capped', () => {
    const mid = () => 0.5; // no jitter
    expect(backoffDelay(0, mid)).toBe(250);
    expect(backoffDelay(1, mid)).toBe(500);
    expect(backoffDelay(3, mid)).toBe(2000);
    expect(backoffDelay(10, mid)).toBe(BACKOFF_MAX_MS);
  });

  it('jitters by at most 20 % and never passes the cap', () => {
    expect(backoffDelay(2, () => 0)).toBe(800);
    expect(backoffDelay(2, () => 0.999)).toBeLessThanOrEqual(1200);
    for (let i = 0; i < 20; i++) expect(backoffDelay(i, () => 0.999)).toBeLessThanOrEqual(BACKOFF_MAX_MS);
  });
});
