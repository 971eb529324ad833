import { ApiFailure } from '../../core/api/result.js';
import { displayPhone, type Customer, type CustomerPhone } from '../../core/model/index.js';
import { normalizeName, phoneSearchKeys } from '../normalize.js';
import { perDatabase } from '../prepared.js';
import type { ReadableDb, WritableDb } from '../transaction.js';

// Customers and their numbers (customers, customer_phones; migration 0010). A customer is
// written with its numbers; the derived columns (name_norm, the phone search keys, the
// numbers' order) are made here and nowhere else. customers_fts follows by trigger.

export type NewPhone = {
  /** Already normalized to E.164 by the caller. */
  e164: string;
  label: string | null;
};

export type NewCustomer = {
  id: string;
  name: string;
  email: string | null;
  /** In the order shown; a number given twice is stored once, with its first label. */
  phones: readonly NewPhone[];
  createdAt: number;
  /** Defaults to createdAt. */
  updatedAt?: number;
};

/** A customer as the merged sync state has it: the fields the projection writes over the row. */
export type MergedCustomer = { name: string; email: string | null; touchedAt: number };

/** A shared number (a household, a company switchboard) is capped so a screen pop stays quick. */
export const MAX_CUSTOMERS_PER_NUMBER = 100;

type CustomerRecord = { id: string; name: string; email: string | null; createdAt: number; updatedAt: number };
type PhoneRecord = { e164: string; label: string | null };

const statements = perDatabase((db: ReadableDb) => ({
  exists: db.prepare<[string], number>(`SELECT 1 FROM customers WHERE id = ?`).pluck(),
  sameNameOnNumber: db.prepare<[string, string], { name: string }>(
    `SELECT c.name FROM customer_phones p JOIN customers c ON c.id = p.customer_id
     WHERE p.e164 = ? AND c.name_norm = ? LIMIT 1`,
  ),
  idsByPhone: db
    .prepare<[string, number], string>(`SELECT customer_id FROM customer_phones WHERE e164 = ? ORDER BY customer_id LIMIT ?`)
    .pluck(),
  customer: db.prepare<[string], CustomerRecord>(
    `SELECT id, name, email, created_at AS createdAt, updated_at AS updatedAt FROM customers WHERE id = ?`,
  ),
  phones: db.prepare<[string], PhoneRecord>(`SELECT e164, label FROM customer_phones WHERE customer_id = ? ORDER BY position`),
  insert: db.prepare<[string, string, string, string | null, number, number]>(
    `INSERT INTO customers (id, name, name_norm, email, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`,
  ),
  insertPhone: db.prepare<[string, string, string | null, number, string, string]>(
    `INSERT INTO customer_phones (customer_id, e164, label, position, national, digits_rev) VALUES (?, ?, ?, ?, ?, ?)`,
  ),
  setMerged: db.prepare<[string, string, string | null, number, string]>(
    `UPDATE customers SET name = ?, name_norm = ?, email = ?, updated_at = max(updated_at, ?) WHERE id = ?`,
  ),
  deletePhones: db.prepare<[string]>(`DELETE FROM customer_phones WHERE customer_id = ?`),
}));

export function getCustomer(db: ReadableDb, id: string): Customer | null {
  const s = statements(db);
  const row = s.customer.get(id);
  if (!row) return null;
  return { ...row, phones: s.phones.all(id).map(toCustomerPhone) };
}

export function customerExists(db: ReadableDb, id: string): boolean {
  return statements(db).exists.get(id) !== undefined;
}

/** Customers with this exact E.164 number, oldest first; more than one means "pick one". */
export function findCustomerIdsByPhone(db: ReadableDb, e164: string): string[] {
  return statements(db).idsByPhone.all(e164, MAX_CUSTOMERS_PER_NUMBER);
}

/**
 * A rep adding a customer by hand is refused (DUPLICATE) when a customer with the same
 * normalized name already has one of these numbers: that is the same person being added
 * twice. A different name on a known number is fine (a household shares a line). A
 * repeated id is refused too rather than merged. Run it in the insert's transaction.
 */
export function refuseDuplicateCustomer(db: ReadableDb, c: Pick<NewCustomer, 'id' | 'name' | 'phones'>): void {
  const s = statements(db);
  if (s.exists.get(c.id) !== undefined) throw new ApiFailure('DUPLICATE', 'This customer has already been saved.');
  const nameNorm = normalizeName(c.name);
  for (const phone of uniqueNumbers(c.phones)) {
    const existing = s.sameNameOnNumber.get(phone.e164, nameNorm);
    if (existing) {
      throw new ApiFailure('DUPLICATE', `${existing.name} is already saved with ${displayPhone(phone.e164)}. Open that customer instead of adding them again.`);
    }
  }
}

/** The customer's row and its numbers. */
export function insertCustomer(w: WritableDb, c: NewCustomer): void {
  statements(w).insert.run(c.id, c.name, normalizeName(c.name), c.email, c.createdAt, c.updatedAt ?? c.createdAt);
  insertPhones(w, c.id, c.phones);
}

/** The merged name and email over the row (sync projection); its numbers are replaced apart, when the merge has them. */
export function updateMergedCustomer(w: WritableDb, id: string, c: MergedCustomer): void {
  statements(w).setMerged.run(c.name, normalizeName(c.name), c.email, c.touchedAt, id);
}

/** The customer's numbers become these, in this order. */
export function replaceCustomerPhones(w: WritableDb, customerId: string, phones: readonly NewPhone[]): void {
  statements(w).deletePhones.run(customerId);
  insertPhones(w, customerId, phones);
}

function insertPhones(w: WritableDb, customerId: string, phones: readonly NewPhone[]): void {
  const insert = statements(w).insertPhone;
  uniqueNumbers(phones).forEach((phone, position) => {
    const keys = phoneSearchKeys(phone.e164);
    insert.run(customerId, phone.e164, phone.label, position, keys.national, keys.digitsRev);
  });
}

function toCustomerPhone(p: PhoneRecord): CustomerPhone {
  return { e164: p.e164, display: displayPhone(p.e164), label: p.label };
}

/** The same number typed twice is stored once, keeping the first label given (the phones key is customer and number). */
function uniqueNumbers(phones: readonly NewPhone[]): NewPhone[] {
  const seen = new Set<string>();
  return phones.filter((p) => !seen.has(p.e164) && seen.add(p.e164));
}
