import { z } from 'zod';
import {
  CustomerCandidate,
  CustomerHistory,
  Customer,
  Id,
  LIMITS,
  NewCustomerInput,
} from '../model/index.js';
import type { CommandName } from './names.js';

// The contract: every command the renderer may send, with the schema its input must pass
// at the backend boundary and the shape of what comes back. Adding a command is one entry
// here, its name in names.ts, and one handler in electron/backend/services.

const NoInput = z.strictObject({});

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

export const commands = {
  'app.info': { input: NoInput, output: AppInfo },
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
} as const satisfies Record<CommandName, { input: z.ZodType; output: z.ZodType }>;

export type Commands = typeof commands;
export type CommandInput<K extends CommandName> = z.input<Commands[K]['input']>;
export type CommandOutput<K extends CommandName> = z.output<Commands[K]['output']>;
