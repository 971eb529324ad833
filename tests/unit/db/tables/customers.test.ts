import { describe, expect, it } from 'vitest';
import { ApiFailure } from '../../../../core/api/result.js';
import { Customer, CustomerCandidate } from '../../../../core/model/index.js';
import {
  customerCandidates,
  findCustomerIdsByPhone,
  getCustomer,
  insertCustomer,
} from '../../../../db/tables/customers.js';
import { insertCall, insertCase } from '../../../../db/queries/writes.js';
import { addCustomer, count, DAY, id, NOW, tempStore } from '../helpers.js';

const HOME = '+14155552671';
const MOBILE = '+16175550123';

describe('insertCustomer / getCustomer', () => {
  it('saves a customer with numbers and reads it back with display forms', () => {
    const db = tempStore();
    const customerId = id();
    insertCustomer(db, {
      id: customerId,
      name: 'José García',
      email: 'jose@example.com',
      phones: [
        { e164: HOME, label: 'home' },
        { e164: '+442079460958', label: 'work' },
      ],
      now: NOW,
    });
    const customer = getCustomer(db, customerId);
    expect(Customer.parse(customer)).toEqual(customer);
    expect(customer).toEqual({
      id: customerId,
      name: 'José García',
      email: 'jose@example.com',
      phones: [
        { e164: HOME, display: '(415) 555-2671', label: 'home' },
        { e164: '+442079460958', display: '+44 20 7946 0958', label: 'work' },
      ],
      createdAt: NOW,
      updatedAt: NOW,
    });
  });

  it('stores the search keys of each number', () => {
    const db = tempStore();
    const customerId = addCustomer(db, 'Ann Lee', [HOME, '+442079460958']);
    const rows = db.prepare(`SELECT e164, national, digits_rev FROM customer_phones WHERE customer_id = ? ORDER BY position`).all(customerId);
    expect(rows).toEqual([
      { e164: HOME, national: '4155552671', digits_rev: '17625555141' },
      { e164: '+442079460958', national: '2079460958', digits_rev: '859064970244' },
    ]);
  });

  it('returns null for an unknown id', () => {
    expect(getCustomer(tempStore(), id())).toBeNull();
  });

  it('refuses the same person on the same number, and writes nothing', () => {
    const db = tempStore();
    addCustomer(db, 'José García', [HOME]);
    const before = [count(db, 'customers'), count(db, 'customer_phones')];
    let error: unknown;
    try {
      // Different accents, case and spacing: still the same name.
      insertCustomer(db, { id: id(), name: '  jose   GARCIA ', email: null, phones: [{ e164: MOBILE, label: null }, { e164: HOME, label: null }], now: NOW });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ApiFailure);
    expect((error as ApiFailure).code).toBe('DUPLICATE');
    expect((error as ApiFailure).message).toMatch(/José García is already saved with \(415\) 555-2671/);
    expect([count(db, 'customers'), count(db, 'customer_phones')]).toEqual(before);
    expect(findCustomerIdsByPhone(db, MOBILE)).toEqual([]);
  });

  it('refuses a repeated id instead of merging', () => {
    const db = tempStore();
    const customerId = addCustomer(db, 'Ann Lee', [HOME]);
    expect(() => insertCustomer(db, { id: customerId, name: 'Bob Ray', email: null, phones: [{ e164: MOBILE, label: null }], now: NOW })).toThrow(
      ApiFailure,
    );
    expect(count(db, 'customers')).toBe(1);
  });

  it('allows a different person on a known number (a household line)', () => {
    const db = tempStore();
    const ann = addCustomer(db, 'Ann Lee', [HOME]);
    const bob = addCustomer(db, 'Bob Lee', [HOME, MOBILE]);
    expect(findCustomerIdsByPhone(db, HOME)).toEqual([ann, bob]);
    expect(findCustomerIdsByPhone(db, MOBILE)).toEqual([bob]);
    expect(findCustomerIdsByPhone(db, '+19999999999')).toEqual([]);
  });

  it('stores a number typed twice once', () => {
    const db = tempStore();
    const customerId = id();
    insertCustomer(db, { id: customerId, name: 'Ann', email: null, phones: [{ e164: HOME, label: 'home' }, { e164: HOME, label: 'mobile' }], now: NOW });
    expect(getCustomer(db, customerId)?.phones).toEqual([{ e164: HOME, display: '(415) 555-2671', label: 'home' }]);
  });
});

describe('customerCandidates', () => {
  it('gives name, numbers, open case count and last call, most recent caller first', () => {
    const db = tempStore();
    const ann = addCustomer(db, 'Ann Lee', [HOME]);
    const bob = addCustomer(db, 'Bob Lee', [HOME, MOBILE]);
    const carl = addCustomer(db, 'Carl Lee', [HOME]);
    for (const status of ['open', 'escalated', 'closed'] as const) {
      insertCase(db, { id: id(), customerId: bob, subject: 'Refund', status, category: null, createdAt: NOW - 9 * DAY });
    }
    const call = (customerId: string, startedAt: number) =>
      insertCall(db, {
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
