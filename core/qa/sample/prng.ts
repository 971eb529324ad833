// Seeded pseudo-randomness, so a sample (or a generated benchmark) is the same every time
// it is drawn from the same seed, on every desk and on the server.

/**
 * cyrb53: a fast 53-bit string hash with good avalanche (not cryptographic; a seed is not a
 * secret). Keyed by `seed`, it gives every string its own uniform-looking draw.
 */
export function hash53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** A uniform draw in [0, 1) for this text under this seed: the same text, seed, draw. */
export function keyedDraw(seed: string, text: string): number {
  return hash53(`${seed}\u0000${text}`) / 2 ** 53;
}

/** mulberry32, seeded from the seed's hash: a stream of draws in [0, 1). */
export function seededRandom(seed: string | number): () => number {
  let a = hash53(String(seed)) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
