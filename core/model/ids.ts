import { z } from 'zod';
import { v7 as uuidv7 } from 'uuid';

// Every row id is made on the client (DESIGN.md, Sync): UUIDv7, so offline creation needs
// no server, ids sort by creation time, and a retried create is the same row.
export const Id = z.uuid();
export type Id = z.infer<typeof Id>;

export function newId(nowMs?: number): Id {
  return nowMs === undefined ? uuidv7() : uuidv7({ msecs: nowMs });
}

// Crockford base32: no I, L, O, U, so a number read aloud over the phone is unambiguous.
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A case number a caller can write down and read back: "HRD-7K4Q-M2X9".
 * Made from 40 random bits of the case's UUIDv7 so it needs no server round trip
 * (offline creation) and collides with odds of about 1 in 10^12 per pair; the store
 * keeps a unique index as the backstop.
 */
export function caseNumberFromId(id: Id): string {
  const hex = id.replace(/-/g, '');
  // The last 10 hex digits (40 bits) are random in UUIDv7 (rand_b).
  let bits = BigInt('0x' + hex.slice(-10));
  let out = '';
  for (let i = 0; i < 8; i++) {
    out = CROCKFORD[Number(bits & 31n)] + out;
    bits >>= 5n;
  }
  return `HRD-${out.slice(0, 4)}-${out.slice(4)}`;
}

export const CASE_NUMBER_PATTERN = /^HRD-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;
