import type { Database } from 'better-sqlite3';
import { ApiFailure } from '../../core/api/result.js';
import { displayPhone, type Customer, type CustomerCandidate, type CustomerPhone } from '../../core/model/index.js';
import { immediate } from '../open.js';
import { normalizeName, phoneSearchKeys } from '../normalize.js';
import { perDatabase } from '../prepared.js';
import { CASE_IS_OPEN } from '../queries/sqlParts.js';
import { insertCustomerRow, insertPhoneRow } from '../queries/rows.js';

export type NewCustomer = {
  id: string;
  name: string;
  email: string | null;
  /** Already normalized to E.164 by the caller. */
  phones: { e164: string; label: string | null }[];
  now: number;
};

/** A shared number (a household, a company switchboard) is capped so a screen pop stays quick. */
export const MAX_CUSTOMERS_PER_NUMBER = 100;

type CustomerRecord = { id: string; name: string; email: string | null; createdAt: number; updatedAt: number };
type PhoneRecord = { e164: string; label: string | null };

const statements = perDatabase((db: Database) => ({
  idExists: db.prepare<[string], { one: number }>(`SELECT 1 AS one FROM customers WHERE id = ?`),
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
  openCaseCount: db
    .prepare<[string], number>(`SELECT count(*) FROM cases WHERE customer_id = ? AND ${CASE_IS_OPEN}`)
    .pluck(),
  lastCallAt: db
    .prepare<[string], number>(`SELECT started_at FROM calls WHERE customer_id = ? ORDER BY started_at DESC LIMIT 1`)
    .pluck(),
}));

/**
 * Saves a new customer and their numbers in one immediate transaction. Refuses (DUPLICATE,
 * nothing written) when a customer with the same normalized name already has one of these
 * numbers: that is the same person being added twice. A different name on a known number
 * is fine (a household shares a line). A repeated id is refused too rather than merged.
 */
export function insertCustomer(db: Database, c: NewCustomer): void {
  const s = statements(db);
  const nameNorm = normalizeName(c.name);
  const phones = uniqueNumbers(c.phones);
  immediate(db, () => {
    if (s.idExists.get(c.id)) throw new ApiFailure('DUPLICATE', 'This customer has already been saved.');
    for (const phone of phones) {
      const existing = s.sameNameOnNumber.get(phone.e164, nameNorm);
      if (existing) {
        throw new ApiFailure(
          'DUPLICATE',
          `${existing.name} is already saved with ${displayPhone(phone.e164)}. Open that customer instead of adding them again.`,
        );
      }
    }
    insertCustomerRow(db, { id: c.id, name: c.name, name_norm: nameNorm, email: c.email, created_at: c.now, updated_at: c.now });
    phones.forEach((phone, position) => {
      const keys = phoneSearchKeys(phone.e164);
      insertPhoneRow(db, {
        customer_id: c.id,
        e164: phone.e164,
        label: phone.label,
        position,
        national: keys.national,
        digits_rev: keys.digitsRev,
      });
    });
  });
}

/** Customers with this exact E.164 number, oldest first; more than one means "pick one". */
export function findCustomerIdsByPhone(db: Database, e164: string): string[] {
  return statements(db).idsByPhone.all(e164, MAX_CUSTOMERS_PER_NUMBER);
}

export function getCustomer(db: Database, id: string): Customer | null {
  const s = statements(db);
  const row = s.customer.get(id);
  if (!row) return null;
  return { ...row, phones: s.phones.all(id).map(toCustomerPhone) };
}

/**
 * What the rep needs to pick among customers sharing a number. Unknown ids are skipped.
 * Ordered by last call, most recent first (the likeliest caller), then by name.
 */
export function customerCandidates(db: Database, ids: string[]): CustomerCandidate[] {
  const s = statements(db);
  const out: CustomerCandidate[] = [];
  for (const id of new Set(ids)) {
    const row = s.customer.get(id);
    if (!row) continue;
    out.push({
      id,
      name: row.name,
      phones: s.phones.all(id).map((p) => displayPhone(p.e164)),
      openCaseCount: s.openCaseCount.get(id) ?? 0,
      lastCallAt: s.lastCallAt.get(id) ?? null,
    });
  }
  return out.sort((a, b) => (b.lastCallAt ?? -1) - (a.lastCallAt ?? -1) || a.name.localeCompare(b.name));
}

export function toCustomerPhone(p: PhoneRecord): CustomerPhone {
  return { e164: p.e164, display: displayPhone(p.e164), label: p.label };
}

/** The same number typed twice is stored once, keeping the first label given. */
function uniqueNumbers(phones: NewCustomer['phones']): NewCustomer['phones'] {
  const seen = new Set<string>();
  return phones.filter((p) => !seen.has(p.e164) && seen.add(p.e164));
}
