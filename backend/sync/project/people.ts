import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { CaseStatus, Timestamp } from '../../../core/model/index.js';
import type { EntityState } from '../../../core/sync/index.js';
import { normalizeName, phoneSearchKeys } from '../../../db/normalize.js';
import { insertCaseRow, insertCustomerRow, insertPhoneRow } from '../../../db/queries/rows.js';
import { deleteCustomerPhones, rowExists, updateCaseRow, updateCustomerRow } from '../../../db/queries/syncProjection.js';
import { NotYet, lastWrittenMs, optional, required } from './fields.js';

// Customers and cases: mutable entities, last writer wins per field. The projection writes
// the merged value of every field over the row (or creates it).

const Name = z.string().trim().min(1).max(200);
const Email = z.string().max(320).nullable();
// The phones table's own CHECK: '+', then digits, at most 16 characters.
const E164 = z.string().regex(/^\+[1-9]\d{1,14}$/);
const Phones = z.array(z.object({ e164: E164, label: z.string().max(40).nullable() })).max(20);
const Ms = Timestamp;

export function projectCustomer(db: Database, state: EntityState): void {
  const id = state.entityId;
  const name = required(state, 'name', Name);
  const email = optional(state, 'email', Email, null);
  const phones = optional(state, 'phones', Phones, null);
  const touchedAt = lastWrittenMs(state);
  if (rowExists(db, 'customer', id)) {
    updateCustomerRow(db, id, { name, nameNorm: normalizeName(name), email, touchedAt });
    if (phones === null) return;
    deleteCustomerPhones(db, id);
  } else {
    const createdAt = optional(state, 'createdAt', Ms, touchedAt);
    insertCustomerRow(db, { id, name, name_norm: normalizeName(name), email, created_at: createdAt, updated_at: Math.max(createdAt, touchedAt) });
  }
  // A number listed twice keeps its first label: the phones key is (customer, number).
  const seen = new Set<string>();
  (phones ?? []).forEach((p, position) => {
    if (seen.has(p.e164)) return;
    seen.add(p.e164);
    const keys = phoneSearchKeys(p.e164);
    insertPhoneRow(db, { customer_id: id, e164: p.e164, label: p.label, position, national: keys.national, digits_rev: keys.digitsRev });
  });
}

const CaseNumber = z.string().min(1).max(40);
const Subject = z.string().trim().min(1).max(500);
const Category = z.string().max(100).nullable();

export function projectCase(db: Database, state: EntityState): void {
  const id = state.entityId;
  const customerId = required(state, 'customerId', z.string());
  if (!rowExists(db, 'customer', customerId)) throw new NotYet(`case ${id} waits for customer ${customerId}`);
  const row = {
    customerId,
    number: required(state, 'number', CaseNumber),
    subject: required(state, 'subject', Subject),
    status: required(state, 'status', CaseStatus),
    category: optional(state, 'category', Category, null),
    touchedAt: lastWrittenMs(state),
  };
  if (rowExists(db, 'case', id)) {
    updateCaseRow(db, id, row);
    return;
  }
  const createdAt = optional(state, 'createdAt', Ms, row.touchedAt);
  insertCaseRow(db, {
    id,
    customer_id: row.customerId,
    number: row.number,
    subject: row.subject,
    status: row.status,
    category: row.category,
    created_at: createdAt,
    updated_at: Math.max(createdAt, row.touchedAt),
  });
}
