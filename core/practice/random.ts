// A seeded pseudo-random generator, so a practice call replays exactly from its seed (issue 11).
// mulberry32: tiny, fast, good enough to pick lines; its whole state is one 32-bit number, so it
// lives in the engine's plain-data state and a saved session resumes where it left off.

export type Rng = { state: number };

export function seedRng(seed: number): Rng {
  // Mix the seed so nearby seeds (1, 2, 3) do not start nearby sequences.
  let h = (Math.trunc(seed) ^ 0x9e3779b9) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return { state: (h ^ (h >>> 16)) >>> 0 };
}

/** The next number in [0, 1), and the generator after it. */
export function nextRandom(rng: Rng): [number, Rng] {
  const state = (rng.state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return [((t ^ (t >>> 14)) >>> 0) / 4294967296, { state }];
}

/** One of the items, uniformly; the list must not be empty. */
export function pick<T>(rng: Rng, items: readonly T[]): [T, Rng] {
  const [r, next] = nextRandom(rng);
  const item = items[Math.min(items.length - 1, Math.floor(r * items.length))];
  if (item === undefined) throw new Error('pick from an empty list'); // callers guarantee a list
  return [item, next];
}
