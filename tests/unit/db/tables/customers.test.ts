import { describe, expect, it } from 'vitest';
import { ApiFailure } from '../../../../core/api/result.js';
import { Customer } from '../../../../core/model/index.js';
import { findCustomerIdsByPhone, getCustomer, insertCustomer, type NewCustomer } from '../../../../db/tables/customers.js';
import { writeTransaction, type ReadableDb } from '../../../../db/transaction.js';
import { addCustomer, count, id, NOW, tempStore } from '../helpers.js';
import { saveCustomer } from '../save.js';

const HOME = '+14155552671';
const MOBILE = '+16175550123';

function insert(db: ReadableDb, c: NewCustomer): void {
  writeTransaction(db, (w) => insertCustomer(w, c));
}

describe('insertCustomer / refuseDuplicateCustomer / getCustomer', () => {
  it('saves a customer with numbers and reads it back with display forms', () => {
    const db = tempStore();
    const customerId = id();
    insert(db, {
      id: customerId,
      name: 'José García',
      email: 'jose@example.com',
      phones: [
        { e164: HOME, label: 'home' },
        { e164: '+442079460958', label: 'work' },
      ],
      createdAt: NOW,
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
      saveCustomer(db, { id: id(), name: '  jose   GARCIA ', email: null, phones: [{ e164: MOBILE, label: null }, { e164: HOME, label: null }], createdAt: NOW });
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
    expect(() => saveCustomer(db, { id: customerId, name: 'Bob Ray', email: null, phones: [{ e164: MOBILE, label: null }], createdAt: NOW })).toThrow(
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
    insert(db, { id: customerId, name: 'Ann', email: null, phones: [{ e164: HOME, label: 'home' }, { e164: HOME, label: 'mobile' }], createdAt: NOW });
    expect(getCustomer(db, customerId)?.phones).toEqual([{ e164: HOME, display: '(415) 555-2671', label: 'home' }]);
  });
});
