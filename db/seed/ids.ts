import type { Rng } from './prng.js';

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function hex32(n: number): string {
  return HEX[(n >>> 24) & 255]! + HEX[(n >>> 16) & 255]! + HEX[(n >>> 8) & 255]! + HEX[n & 255]!;
}

function hex16(n: number): string {
  return HEX[(n >>> 8) & 255]! + HEX[n & 255]!;
}

/**
 * UUIDv7 ids for sample data, drawn from the seeded PRNG so a seed always gives the same
 * ids. The 48-bit time field is a fake millisecond counter that moves forward by 1-2 at
 * every id: ids come out strictly increasing in insertion order, so every B-tree keyed by
 * an id (or by a customer id first) is appended to instead of split in the middle, which
 * is most of what makes a bulk load fast. The time field therefore says nothing about the
 * row's own timestamps; the rows' created_at/started_at columns carry those.
 */
export class SeedIds {
  private ms: number;

  constructor(
    private readonly rng: Rng,
    startMs: number,
  ) {
    this.ms = Math.floor(startMs);
  }

  next(): string {
    this.ms += 1 + (this.rng.next() & 1);
    const high = Math.floor(this.ms / 0x10000); // top 32 of the 48 time bits
    const low = this.ms % 0x10000;
    const a = this.rng.next();
    const b = this.rng.next();
    const c = this.rng.next();
    const version = hex16(0x7000 | (a & 0x0fff));
    const variant = hex16(0x8000 | (b & 0x3fff)); // RFC 9562 variant bits 10
    return `${hex32(high)}-${hex16(low)}-${version}-${variant}-${hex16(b >>> 16)}${hex32(c)}`;
  }
}
