import { z } from 'zod';
import { Id } from './ids.js';
import { LIMITS } from './limits.js';

export const Timestamp = z.number().int().nonnegative(); // ms since the epoch, UTC

export const CustomerPhone = z.object({
  e164: z.string(),
  display: z.string(),
  label: z.string().max(40).nullable(),
});
export type CustomerPhone = z.infer<typeof CustomerPhone>;

export const Customer = z.object({
  id: Id,
  name: z.string(),
  email: z.string().nullable(),
  phones: z.array(CustomerPhone),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Customer = z.infer<typeof Customer>;

/** What a rep types into the new-customer form. Phones arrive raw and are normalized by the backend. */
export const NewCustomerInput = z.strictObject({
  id: Id.optional(), // client-made id, so a retried create is the same row
  name: z.string().trim().min(1, 'Enter the caller\'s name.').max(LIMITS.name, `A name has at most ${LIMITS.name} characters.`),
  email: z
    .string()
    .trim()
    .max(LIMITS.email)
    .pipe(z.union([z.literal(''), z.email('That email address does not look right.')]))
    .optional(),
  phones: z
    .array(z.string().max(LIMITS.phoneInput, `A phone number has at most ${LIMITS.phoneInput} characters.`))
    .min(1, 'Add at least one phone number.')
    .max(LIMITS.phonesPerCustomer, `At most ${LIMITS.phonesPerCustomer} phone numbers.`),
});
export type NewCustomerInput = z.infer<typeof NewCustomerInput>;
