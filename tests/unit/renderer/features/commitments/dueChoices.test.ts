import { describe, expect, it } from 'vitest';
import { atLocal, dueChoices, fromLocalInput, resolveDue, roundToSayable, toLocalInput } from '../../../../../renderer/features/commitments/dueChoices.js';

// Local times built with the local constructors, so the tests hold in any time zone.
const at = (h: number, m = 0, dayOffset = 0) => new Date(2026, 10, 23 + dayOffset, h, m, 0, 0).getTime();

describe('quick due times', () => {
  it('offers 1 hour (to a time one can say), 4 pm today, tomorrow 10 am, 2 days and custom, keyed 1-5', () => {
    const now = at(10, 7);
    const choices = dueChoices(now);
    expect(choices.map((c) => [c.key, c.id])).toEqual([
      [1, 'hour'],
      [2, 'afternoon'],
      [3, 'tomorrow'],
      [4, 'two_days'],
      [5, 'custom'],
    ]);
    expect(choices[0]?.dueAt).toBe(at(11, 10));
    expect(choices[1]).toMatchObject({ label: 'This afternoon, 4 pm', dueAt: at(16) });
    expect(choices[2]?.dueAt).toBe(at(10, 0, 1));
    expect(choices[3]?.dueAt).toBe(at(10, 10, 2));
    expect(choices[4]?.dueAt).toBeNull();
  });

  it('moves "this afternoon" to tomorrow when 4 pm is less than half an hour away or gone', () => {
    expect(dueChoices(at(15, 29))[1]).toMatchObject({ label: 'This afternoon, 4 pm', dueAt: at(16) });
    expect(dueChoices(at(15, 45))[1]).toMatchObject({ label: 'Tomorrow afternoon, 4 pm', dueAt: at(16, 0, 1) });
    expect(dueChoices(at(20))[1]).toMatchObject({ label: 'Tomorrow afternoon, 4 pm', dueAt: at(16, 0, 1) });
  });

  it('rounds up to five minutes, ignoring seconds', () => {
    expect(roundToSayable(at(9, 0))).toBe(at(9, 0));
    expect(roundToSayable(at(9, 0) + 2000)).toBe(at(9, 0));
    expect(roundToSayable(at(9, 1))).toBe(at(9, 5));
    expect(roundToSayable(at(9, 55) + 59_000)).toBe(at(9, 55));
    expect(roundToSayable(at(9, 56))).toBe(at(10, 0));
    expect(atLocal(at(23, 50), 1, 0)).toBe(at(0, 0, 1));
  });

  it('reads a custom datetime-local value, refusing a past time, a rolled-over date and nonsense', () => {
    const now = at(10);
    expect(toLocalInput(at(14, 5))).toBe('2026-11-23T14:05');
    expect(fromLocalInput('2026-11-23T14:05')).toBe(at(14, 5));
    expect(fromLocalInput('2026-02-31T10:00')).toBeNull();
    expect(fromLocalInput('tomorrow')).toBeNull();
    expect(resolveDue({ choice: 'custom', custom: '2026-11-23T14:05' }, now)).toEqual({ ok: true, dueAt: at(14, 5) });
    expect(resolveDue({ choice: 'custom', custom: '2026-11-23T09:00' }, now)).toMatchObject({ ok: false });
    expect(resolveDue({ choice: 'custom', custom: '' }, now)).toMatchObject({ ok: false });
    expect(resolveDue({ choice: 'tomorrow', custom: '' }, now)).toEqual({ ok: true, dueAt: at(10, 0, 1) });
  });
});
