import { insertCallEvent } from '../tables/callEvents.js';
import { insertCall } from '../tables/calls.js';
import { insertCase } from '../tables/cases.js';
import { insertCommitment } from '../tables/commitments.js';
import { insertCustomer } from '../tables/customers.js';
import { insertNote } from '../tables/notes.js';
import { writeTransaction, type ReadableDb, type WritableDb } from '../transaction.js';
import { enterBulkLoad } from './bulkLoad.js';
import { DAY, type SeedContext } from './context.js';
import { generateCustomer } from './generateCustomer.js';
import { generateHistory } from './generateHistory.js';
import { SeedIds } from './ids.js';
import { PhoneMaker } from './phones.js';
import { Rng } from './prng.js';

export type SeedOptions = {
  customers: number;
  /** Same seed (and same now) gives byte-identical rows. Default 1. */
  seed?: number;
  /** Average calls per customer. Default 3. */
  callsPerCustomer?: number;
  /** Average events per call. Default 3.33 (3M calls -> 10M events). */
  eventsPerCall?: number;
  /** The moment the sample history leads up to; recent cases and overdue promises are relative to it. Default: the real now. */
  now?: number;
  /** Customers per transaction. Only speed depends on it, never the data. Default 10,000. */
  batchSize?: number;
  onProgress?: (customersDone: number, total: number) => void;
};

export type SeedCounts = {
  customers: number;
  phones: number;
  cases: number;
  calls: number;
  callEvents: number;
  notes: number;
  commitments: number;
};

export type SeedSummary = SeedCounts & { seconds: number };

/**
 * Fills an empty store with deterministic sample data: customers with valid numbers (some
 * sharing a household line), their cases, calls with moods and event logs, notes and
 * commitments (some overdue, some done), and a share of cases touched in the last week.
 * Rows are generated one customer at a time from one seeded PRNG and written in large
 * transactions with the full-text indexes rebuilt once at the end.
 */
export function seedStore(db: ReadableDb, options: SeedOptions): SeedSummary {
  const started = performance.now();
  const total = options.customers;
  if (!Number.isSafeInteger(total) || total < 0) throw new Error('customers must be a whole number, 0 or more.');
  const batchSize = Math.max(1, options.batchSize ?? 10_000);
  if (db.prepare('SELECT 1 FROM customers LIMIT 1').get()) {
    throw new Error('seedStore fills an empty store, and this one already has customers.');
  }
  const now = Math.floor(options.now ?? Date.now());
  const rng = new Rng(options.seed ?? 1);
  const ctx: SeedContext = {
    rng,
    // Ids start at the oldest sample time, so ids made live later sort after them.
    ids: new SeedIds(rng, now - 4 * 365 * DAY),
    phones: new PhoneMaker(rng),
    now,
    callsPerCustomer: options.callsPerCustomer ?? 3,
    eventsPerCall: options.eventsPerCall ?? 3.33,
    caseNumberBits: new Set(),
    households: [],
  };
  const counts: SeedCounts = { customers: 0, phones: 0, cases: 0, calls: 0, callEvents: 0, notes: 0, commitments: 0 };

  const endBulkLoad = enterBulkLoad(db);
  try {
    for (let done = 0; done < total; ) {
      const size = Math.min(batchSize, total - done);
      writeTransaction(db, (w) => {
        for (let i = 0; i < size; i++) writeCustomer(w, ctx, counts);
      });
      done += size;
      options.onProgress?.(done, total);
    }
  } finally {
    endBulkLoad();
  }
  return { ...counts, seconds: (performance.now() - started) / 1000 };
}

// The tables' own inserts, one customer's rows at a time; the cases' last-touched times
// come from the generator (it knows every call and note ahead), not from touchCase.
function writeCustomer(w: WritableDb, ctx: SeedContext, counts: SeedCounts): void {
  const customer = generateCustomer(ctx);
  const history = generateHistory(ctx, customer);
  insertCustomer(w, customer);
  for (const c of history.cases) insertCase(w, c);
  for (const c of history.calls) insertCall(w, c);
  for (const e of history.events) insertCallEvent(w, e);
  for (const n of history.notes) insertNote(w, n);
  for (const m of history.commitments) insertCommitment(w, m);
  counts.customers++;
  counts.phones += customer.phones.length;
  counts.cases += history.cases.length;
  counts.calls += history.calls.length;
  counts.callEvents += history.events.length;
  counts.notes += history.notes.length;
  counts.commitments += history.commitments.length;
}
