// Ids for the fictional records of a practice scenario (its customer, cases, calls). They are
// derived from the scenario and a key, not random, so starting the same scenario twice
// refers to the same fictional customer (an idempotent create in the practice space), and
// they are RFC 9562 version-8 UUIDs ("custom"), so they pass the same Id schema as real rows
// while never colliding with a real UUIDv7.

function fnv1a32(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

const hex8 = (n: number) => n.toString(16).padStart(8, '0');

export function practiceId(scenarioId: string, key: string): string {
  const text = `heard-practice:${scenarioId}:${key}`;
  const h = [0, 1, 2, 3].map((i) => hex8(fnv1a32(text, i * 0x9e3779b9)));
  const all = h.join('');
  // Version nibble 8, variant bits 10.
  const variant = ((parseInt(all[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${all.slice(0, 8)}-${all.slice(8, 12)}-8${all.slice(13, 16)}-${variant}${all.slice(17, 20)}-${all.slice(20, 32)}`;
}
