import { describe, expect, it } from 'vitest';
import { CustomerCandidate } from '../../../../core/model/index.js';
import { customerCandidates } from '../../../../db/read/candidates.js';
import { addCustomer, DAY, id, NOW, tempStore } from '../helpers.js';
import { saveCall, saveCase } from '../save.js';

const HOME = '+14155552671';
const MOBILE = '+16175550123';

describe('customerCandidates', () => {
  it('gives name, numbers, open case count and last call, most recent caller first', () => {
    const db = tempStore();
    const ann = addCustomer(db, 'Ann Lee', [HOME]);
    const bob = addCustomer(db, 'Bob Lee', [HOME, MOBILE]);
    const carl = addCustomer(db, 'Carl Lee', [HOME]);
    for (const status of ['open', 'escalated', 'closed'] as const) {
      saveCase(db, { id: id(), customerId: bob, subject: 'Refund', status, category: null, createdAt: NOW - 9 * DAY });
    }
    const call = (customerId: string, startedAt: number) =>
      saveCall(db, {
        id: id(),
        customerId,
        caseId: null,
        phone: HOME,
        direction: 'inbound',
        repName: 'Dana',
        startedAt,
        endedAt: startedAt + 60_000,
        moodStart: 'calm',
        moodEnd: 'calm',
        disposition: 'resolved',
        summary: null,
      });
    call(ann, NOW - 5 * DAY);
    call(bob, NOW - 2 * DAY);
    call(bob, NOW - 20 * DAY);

    const candidates = customerCandidates(db, [ann, bob, carl, id()]);
    for (const c of candidates) CustomerCandidate.parse(c);
    expect(candidates).toEqual([
      { id: bob, name: 'Bob Lee', phones: ['(415) 555-2671', '(617) 555-0123'], openCaseCount: 2, lastCallAt: NOW - 2 * DAY },
      { id: ann, name: 'Ann Lee', phones: ['(415) 555-2671'], openCaseCount: 0, lastCallAt: NOW - 5 * DAY },
      { id: carl, name: 'Carl Lee', phones: ['(415) 555-2671'], openCaseCount: 0, lastCallAt: null },
    ]);
  });
});
