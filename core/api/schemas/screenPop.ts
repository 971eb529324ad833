import { z } from 'zod';
import { Customer, CustomerCandidate, CustomerHistory, Id, LIMITS, NewCustomerInput } from '../../model/index.js';

export const ScreenPopResult = z.object({
  /** The number as stored (E.164) and as shown. */
  number: z.object({ e164: z.string(), display: z.string() }),
  /** none: unknown caller, open the new-customer form; one: history shown; many: pick one. */
  match: z.enum(['none', 'one', 'many']),
  candidates: z.array(CustomerCandidate),
  history: CustomerHistory.nullable(),
});
export type ScreenPopResult = z.infer<typeof ScreenPopResult>;

export const SearchHit = z.object({
  kind: z.enum(['customer', 'case']),
  id: Id,
  customerId: Id,
  title: z.string(),
  detail: z.string(),
  /** What matched, so the rep sees why a result is there. */
  matched: z.enum(['name', 'phone', 'caseNumber', 'subject', 'note']),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const AppInfo = z.object({
  version: z.string(),
  now: z.number(),
  defaultCountry: z.string(),
  repName: z.string(),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const screenPopCommands = {
  'app.info': { input: z.strictObject({}), output: AppInfo },
  'screenPop.lookup': {
    input: z.strictObject({ number: z.string().max(LIMITS.phoneInput, `A phone number has at most ${LIMITS.phoneInput} characters.`) }),
    output: ScreenPopResult,
  },
  'customers.history': { input: z.strictObject({ customerId: Id }), output: CustomerHistory },
  'customers.create': { input: NewCustomerInput, output: z.object({ customer: Customer }) },
  'search.query': {
    input: z.strictObject({
      text: z.string().max(LIMITS.searchText, `Search text has at most ${LIMITS.searchText} characters.`),
      limit: z.number().int().min(1).max(LIMITS.searchResults).optional(),
    }),
    output: z.object({ hits: z.array(SearchHit) }),
  },
  /** A heard://call?number=... or tel: link from the OS or a softphone: pops the screen. */
  'links.open': {
    input: z.strictObject({ url: z.string().max(2000) }),
    output: z.object({ number: z.string() }),
  },
} as const;
