import { describe, expect, it } from 'vitest';
import { conflictText } from '../../../../../../renderer/features/history/caseEdit/conflictText.js';
import { flush, historyOf, IDS, T0 } from '../../../fakeApi.js';
import { fakeStore } from '../../../fakeStore.js';

describe('the concurrent edit of a case', () => {
  it('says what was kept and what else was written, by whom and when', () => {
    const at = (h: number, m: number) => new Date(2025, 10, 18, h, m).getTime();
    const now = at(16, 0);
    const line = conflictText(
      { field: 'status', kept: { value: 'resolved', by: 'Ben', at: at(10, 2) }, alsoWritten: [{ value: 'pending', by: null, at: at(10, 1) }] },
      now,
      { locale: 'en-GB' },
    );
    expect(line).toBe('status kept ‘Resolved’ (Ben, 10:02); also set ‘Pending’ (another desk, 10:01)');
  });
});

describe('the case edit', () => {
  it('sends the edit, keeps the answer\'s conflicts and re-reads the history; a refusal stays in the dialog', async () => {
    const { fake, state } = fakeStore(() => T0);
    const kase = { id: IDS.case1, customerId: IDS.ann, number: 'HRD-TEST-0001', subject: 'Refund', status: 'open' as const, category: null, createdAt: T0, updatedAt: T0 };
    const opening = state().openCustomer(IDS.ann);
    fake.pending('customers.history')[0]?.resolve({ ok: true, value: historyOf(IDS.ann, 'Ann Lee', { cases: [kase] }) });
    await opening;
    expect(state().focusCases()).toBe(true);
    expect(state().caseActive).toBe(IDS.case1);
    state().openCaseEdit(IDS.case1);
    const refused = state().saveCaseEdit({ subject: 'x'.repeat(5) });
    fake.pending('cases.update')[0]?.resolve({ ok: false, error: { code: 'NOT_FOUND', message: 'No case with that id.' } });
    await refused;
    expect(state()).toMatchObject({ caseEditId: IDS.case1, caseEditError: 'No case with that id.' });
    const saving = state().saveCaseEdit({ status: 'pending' });

    expect(fake.pending('cases.update')[1]?.input).toEqual({ caseId: IDS.case1, status: 'pending' });
    const conflicts = [{ field: 'status' as const, kept: { value: 'pending', by: 'Ann', at: T0 }, alsoWritten: [{ value: 'resolved', by: 'Bob', at: T0 - 1 }] }];
    fake.pending('cases.update')[1]?.resolve({ ok: true, value: { case: { ...kase, status: 'pending' }, conflicts } });
    await flush();
    fake.pending('customers.history')[1]?.resolve({ ok: true, value: historyOf(IDS.ann, 'Ann Lee', { cases: [{ ...kase, status: 'pending' }] }) });
    expect(await saving).toBe(true);
    expect(state().caseEditId).toBeNull();
    expect(state().caseConflicts[IDS.case1]).toEqual(conflicts);
    expect(fake.pending('customers.history')).toHaveLength(2);
  });
});
