import { z } from 'zod';
import { CaseStatus, Timestamp } from '../../../core/model/index.js';
import type { EntityState } from '../../../core/sync/index.js';
import { caseExists, insertCase, updateMergedCase } from '../../../db/tables/cases.js';
import { customerExists, insertCustomer, replaceCustomerPhones, updateMergedCustomer } from '../../../db/tables/customers.js';
import type { WritableDb } from '../../../db/transaction.js';
import { NotYet, lastWrittenMs, optional, required } from './fields.js';

// Customers and cases: mutable entities, last writer wins per field. The projection writes
// the merged value of every field over the row (or creates it).

const Name = z.string().trim().min(1).max(200);
const Email = z.string().max(320).nullable();
// The phones table's own CHECK: '+', then digits, at most 16 characters.
const E164 = z.string().regex(/^\+[1-9]\d{1,14}$/);
const Phones = z.array(z.object({ e164: E164, label: z.string().max(40).nullable() })).max(20);
const Ms = Timestamp;

export function projectCustomer(w: WritableDb, state: EntityState): void {
  const id = state.entityId;
  const name = required(state, 'name', Name);
  const email = optional(state, 'email', Email, null);
  const phones = optional(state, 'phones', Phones, null);
  const touchedAt = lastWrittenMs(state);
  if (customerExists(w, id)) {
    updateMergedCustomer(w, id, { name, email, touchedAt });
    if (phones !== null) replaceCustomerPhones(w, id, phones);
    return;
  }
  const createdAt = optional(state, 'createdAt', Ms, touchedAt);
  insertCustomer(w, { id, name, email, phones: phones ?? [], createdAt, updatedAt: Math.max(createdAt, touchedAt) });
}

const CaseNumber = z.string().min(1).max(40);
const Subject = z.string().trim().min(1).max(500);
const Category = z.string().max(100).nullable();

export function projectCase(w: WritableDb, state: EntityState): void {
  const id = state.entityId;
  const customerId = required(state, 'customerId', z.string());
  if (!customerExists(w, customerId)) throw new NotYet(`case ${id} waits for customer ${customerId}`);
  const row = {
    customerId,
    number: required(state, 'number', CaseNumber),
    subject: required(state, 'subject', Subject),
    status: required(state, 'status', CaseStatus),
    category: optional(state, 'category', Category, null),
    touchedAt: lastWrittenMs(state),
  };
  if (caseExists(w, id)) {
    updateMergedCase(w, id, row);
    return;
  }
  const createdAt = optional(state, 'createdAt', Ms, row.touchedAt);
  const { touchedAt, ...fields } = row;
  insertCase(w, { id, ...fields, createdAt, updatedAt: Math.max(createdAt, touchedAt) });
}
