import { ApiFailure } from '../../core/api/index.js';
import { newId, normalizePhone } from '../../core/model/index.js';
import { getCustomer, insertCustomer, refuseDuplicateCustomer } from '../../db/tables/customers.js';
import { customerHistory } from '../../db/read/history.js';
import { appendOutbox } from '../../db/tables/outbox.js';
import { writeTransaction } from '../../db/transaction.js';
import type { Handler, Handlers } from '../dispatch.js';
import { customerCreated } from '../sync/changes.js';

export const history: Handler<'customers.history'> = ({ customerId }, ctx) => {
  const found = customerHistory(ctx.db, customerId, ctx.clock.now());
  if (!found) throw new ApiFailure('NOT_FOUND', 'No customer with that id.');
  return found;
};

/**
 * Creates a customer from the new-customer form. Every number must be a real number (the
 * message names the bad one); nothing is written unless all of it is valid. A retried
 * create with the same client-made id returns the customer already written.
 */
export const create: Handler<'customers.create'> = (input, ctx) => {
  if (input.id) {
    const existing = getCustomer(ctx.db, input.id);
    if (existing) return { customer: existing };
  }
  const phones: { e164: string; label: string | null }[] = [];
  input.phones.forEach((raw, index) => {
    if (raw.trim() === '' && input.phones.length > 1) return; // an empty extra row in the form
    const result = normalizePhone(raw, ctx.defaultCountry);
    if (!result.ok) throw new ApiFailure('INVALID_PHONE', `phones.${index}: ${result.error.message}`);
    if (!phones.some((p) => p.e164 === result.value.e164)) phones.push({ e164: result.value.e164, label: null });
  });
  if (phones.length === 0) throw new ApiFailure('BAD_INPUT', 'phones: Add at least one phone number.');
  const now = ctx.clock.now();
  const id = input.id ?? newId(now);
  const email = input.email ? input.email : null;
  // The customer's rows and its change record commit together.
  writeTransaction(ctx.db, (w) => {
    refuseDuplicateCustomer(w, { id, name: input.name, phones });
    insertCustomer(w, { id, name: input.name, email, phones, createdAt: now });
    appendOutbox(w, customerCreated({ id, name: input.name, email, phones }, now), now);
  });
  const customer = getCustomer(ctx.db, id);
  if (!customer) throw new ApiFailure('INTERNAL', 'The customer was not saved.');
  return { customer };
};

/** This service's commands; services/index.ts joins every service's map into the backend's. */
export const customerHandlers = {
  'customers.history': history,
  'customers.create': create,
} satisfies Partial<Handlers>;
