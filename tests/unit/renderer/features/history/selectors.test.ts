import { describe, expect, it } from 'vitest';
import type { CaseSummary } from '../../../../../core/model/index.js';
import { casesToOffer, openCommitments, overdueCount, repeatText, splitCases } from '../../../../../renderer/features/history/selectors.js';
import { IDS, T0 } from '../../fakeApi.js';

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

describe('history views', () => {
  const base = { customerId: IDS.ann, category: null, createdAt: T0, updatedAt: T0 };
  const commitment = (id: string, overdue: boolean, dueAt: number, status: 'open' | 'done' = 'open') => ({
    id,
    customerId: IDS.ann,
    caseId: null,
    caseNumber: null,
    description: id,
    owner: 'Dana',
    dueAt,
    status,
    overdue,
  });

  it('splits open from closed cases', () => {
    const cases = [
      { ...base, id: IDS.case1, number: 'HRD-AAAA-AAAA', subject: 'a', status: 'escalated' as const },
      { ...base, id: IDS.bob, number: 'HRD-BBBB-BBBB', subject: 'b', status: 'closed' as const },
    ];
    const { open, closed } = splitCases(cases);
    expect(open.map((c) => c.subject)).toEqual(['a']);
    expect(closed.map((c) => c.subject)).toEqual(['b']);
  });

  it('lists open promises overdue first, then soonest', () => {
    const list = [commitment('later', false, 300), commitment('late', true, 200), commitment('soon', false, 100), commitment('kept', false, 50, 'done')];
    expect(openCommitments(list).map((c) => c.id)).toEqual(['late', 'soon', 'later']);
    expect(overdueCount(list)).toBe(1);
  });

  it('words the repeat mark', () => {
    const text = repeatText(
      { caseId: IDS.case1, caseNumber: 'HRD-7K4Q-M2X9', subject: 'Refund not received', lastTouchedAt: T0, windowDays: 7 },
      T0 + 2 * 24 * 3_600_000 + 5_000,
    );
    expect(text).toBe("Repeat call: case HRD-7K4Q-M2X9 'Refund not received' touched 2 days ago");
  });
});
