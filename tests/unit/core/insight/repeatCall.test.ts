import { describe, expect, it } from 'vitest';
import { findRepeat } from '../../../../core/insight/repeatCall.js';
import type { CaseSummary } from '../../../../core/model/index.js';

const DAY = 24 * 60 * 60 * 1000;
const now = Date.UTC(2026, 10, 22, 12);

function aCase(id: string, updatedAt: number, status: CaseSummary['status'] = 'open'): CaseSummary {
  return {
    id,
    customerId: '01890a5d-ac96-774b-bcce-b302099a8057',
    number: `HRD-0000-000${id.slice(-1)}`,
    subject: `Case ${id.slice(-1)}`,
    status,
    category: null,
    createdAt: updatedAt - DAY,
    updatedAt,
  };
}

describe('findRepeat', () => {
  it('marks the most recently touched case within 7 days', () => {
    const cases = [aCase('01890a5d-ac96-774b-bcce-b302099a8051', now - 2 * DAY), aCase('01890a5d-ac96-774b-bcce-b302099a8052', now - 3 * 60 * 60 * 1000)];
    expect(findRepeat(cases, now)?.caseNumber).toBe('HRD-0000-0002');
  });

  it('counts the window to the millisecond', () => {
    expect(findRepeat([aCase('01890a5d-ac96-774b-bcce-b302099a8051', now - 7 * DAY)], now)).not.toBeNull();
    expect(findRepeat([aCase('01890a5d-ac96-774b-bcce-b302099a8051', now - 7 * DAY - 1)], now)).toBeNull();
  });

  it('is null for a caller with no recent case', () => {
    expect(findRepeat([], now)).toBeNull();
    expect(findRepeat([aCase('01890a5d-ac96-774b-bcce-b302099a8051', now - 30 * DAY)], now)).toBeNull();
  });
});
