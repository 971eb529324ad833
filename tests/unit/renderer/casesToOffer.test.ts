import { describe, expect, it } from 'vitest';
import type { CaseSummary } from '../../../core/model/index.js';
import { casesToOffer } from '../../../renderer/features/history/selectors.js';

const customerId = '019a5f2e-7c00-7000-8000-000000000000';
function aCase(n: number, status: CaseSummary['status']): CaseSummary {
  return {
    id: `019a5f2e-7c00-7000-8000-00000000000${n}`,
    customerId,
    number: `HRD-0000-000${n}`,
    subject: `Case ${n}`,
    status,
    category: null,
    createdAt: 0,
    updatedAt: n,
  };
}

describe('casesToOffer (start the call on a case)', () => {
  it('offers the open cases and preselects nothing without a repeat', () => {
    const cases = [aCase(1, 'open'), aCase(2, 'resolved'), aCase(3, 'pending')];
    const { offered, preselected } = casesToOffer({ cases, repeat: null });
    expect(offered.map((c) => c.number)).toEqual(['HRD-0000-0001', 'HRD-0000-0003']);
    expect(preselected).toBeNull();
  });

  it('puts a resolved repeat case first and preselects it: the caller is ringing back about it', () => {
    const cases = [aCase(1, 'open'), aCase(2, 'resolved')];
    const { offered, preselected } = casesToOffer({ cases, repeat: { caseId: cases[1]!.id } });
    expect(offered.map((c) => c.number)).toEqual(['HRD-0000-0002', 'HRD-0000-0001']);
    expect(preselected).toBe(cases[1]!.id);
  });

  it('never offers more than nine (the digits pick them)', () => {
    const cases = Array.from({ length: 9 }, (_, i) => aCase(i + 1, 'open'));
    expect(casesToOffer({ cases, repeat: null }).offered).toHaveLength(9);
  });
});
