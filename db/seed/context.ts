import type { SeedIds } from './ids.js';
import type { PhoneMaker, SeedPhone } from './phones.js';
import type { Rng } from './prng.js';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** A recent customer's line, which a new customer of the same household may share. */
export type Household = { firstName: string; lastName: string; phone: SeedPhone };

/** Everything generation draws from; one per seed run, consumed strictly in order. */
export type SeedContext = {
  rng: Rng;
  ids: SeedIds;
  phones: PhoneMaker;
  now: number;
  callsPerCustomer: number;
  eventsPerCall: number;
  /** The 40 bits each case number is made of, so no two sample cases share a number. */
  caseNumberBits: Set<number>;
  households: Household[];
};
