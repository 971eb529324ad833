import { describe, expect, it } from 'vitest';
import type { CommitmentWithHistory } from '../../../../../core/api/schemas/commitments.js';
import { atLocal } from '../../../../../renderer/features/commitments/dueChoices.js';
import { flush, IDS, T0 } from '../../fakeApi.js';
import { fakeStore } from '../../fakeStore.js';

const ID1 = '019a0000-0000-7000-8000-0000000000a1';
const ID2 = '019a0000-0000-7000-8000-0000000000a2';
const item = (id: string, overdue: boolean) => ({
  id,
  customerId: IDS.ann,
  caseId: null,
  caseNumber: null,
  description: `Promise ${id.slice(-2)}`,
  owner: 'Dana Rep',
  dueAt: T0,
  status: 'open' as const,
  overdue,
  customerName: 'Ann Lee',
});
const withHistory = (id: string, status: 'open' | 'done' = 'open'): CommitmentWithHistory => ({
  commitment: { ...item(id, false), status },
  customerName: 'Ann Lee',
  changes: [{ at: T0 - 1000, action: 'made', dueAt: T0, by: 'Dana Rep', reason: null }],
});

describe('the promises due list', () => {
  it('loads what is due by local midnight, highlights the first and loads its history', async () => {
    const s = fakeStore(() => T0);
    const opening = s.state().openDue();
    expect(s.fake.pending('commitments.due')[0]?.input).toEqual({ until: atLocal(T0, 1, 0) });
    s.fake.pending('commitments.due')[0]?.resolve({ ok: true, value: { commitments: [item(ID1, true), item(ID2, false)] } });
    await opening;
    expect(s.state().dueActive).toBe(0);
    expect(s.fake.pending('commitments.get')[0]?.input).toEqual({ commitmentId: ID1 });
    s.fake.pending('commitments.get')[0]?.resolve({ ok: true, value: withHistory(ID1) });
    await flush();
    expect(s.state().dueDetail?.commitment.id).toBe(ID1);
    s.state().moveDue(1);
    expect(s.state().dueActive).toBe(1);
    expect(s.fake.pending('commitments.get')[1]?.input).toEqual({ commitmentId: ID2 });
  });

  it('marks one done and re-reads the list; a refusal shows the backend’s words', async () => {
    const s = fakeStore(() => T0);
    const opening = s.state().openDue();
    s.fake.pending('commitments.due')[0]?.resolve({ ok: true, value: { commitments: [item(ID1, true), item(ID2, false)] } });
    await opening;
    const completing = s.state().completeDue(ID1);
    expect(s.fake.pending('commitments.complete')[0]?.input).toEqual({ commitmentId: ID1 });
    s.fake.pending('commitments.complete')[0]?.resolve({ ok: true, value: withHistory(ID1, 'done') });
    await flush();
    s.fake.pending('commitments.due')[1]?.resolve({ ok: true, value: { commitments: [item(ID2, false)] } });
    expect(await completing).toBe(true);
    expect(s.state().dueItems.map((c) => c.id)).toEqual([ID2]);
    expect(s.state().dueActive).toBe(0);

    const again = s.state().completeDue(ID1);
    s.fake.pending('commitments.complete')[1]?.resolve({ ok: false, error: { code: 'CONFLICT', message: 'That promise is already done.' } });
    expect(await again).toBe(false);
    expect(s.state().dueActionError).toBe('That promise is already done.');
  });

  it('reschedules with a reason, leaving the reason out when blank', async () => {
    const s = fakeStore(() => T0);
    void s.state().rescheduleDue(ID1, T0 + 3600_000, ' Waiting on finance ');
    void s.state().rescheduleDue(ID2, T0 + 7200_000, '  ');
    expect(s.fake.pending('commitments.reschedule').map((c) => c.input)).toEqual([
      { commitmentId: ID1, dueAt: T0 + 3600_000, reason: 'Waiting on finance' },
      { commitmentId: ID2, dueAt: T0 + 7200_000 },
    ]);
  });
});
