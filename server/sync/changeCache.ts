import type { ServerDb } from '../db/connect.js';

// The recent stored changes of each space, as the JSON text a pull sends, keyed by version.
// A change pushed once is pulled by every other device of its team: a team of 100 pulls it
// 99 times, and a device catching up with 5,000 changes makes its teammates pull 5,000 each.
// Serialising each change once per process, and serving a page of recent versions without
// a query, turns that fan-out into string concatenation.
//
// Safe to cache, even with several processes on one PostgreSQL: a committed version never
// changes (versions are gapless, taken under the space's lock, and only ever inserted).
// Entries are added only for committed rows: after a push's transaction resolves, or as
// read by a pull. null marks a rejected change, which a pull skips.
//
// Each space keeps one contiguous run of versions, trimmed from the oldest end past a byte
// budget; the least recently used spaces are dropped past a count. Worst case about
// MAX_SPACES x MAX_BYTES_PER_SPACE of strings (256 MB).

const MAX_BYTES_PER_SPACE = 4 * 1024 * 1024;
const MAX_SPACES = 64;

type Run = { first: number; items: (string | null)[]; bytes: number };

const caches = new WeakMap<ServerDb, Map<string, Run>>();

function spacesOf(server: ServerDb): Map<string, Run> {
  let spaces = caches.get(server);
  if (!spaces) {
    spaces = new Map();
    caches.set(server, spaces);
  }
  return spaces;
}

const sizeOf = (item: string | null) => (item === null ? 8 : item.length + 8);

/** Empties the process's cache for this database: for tests that compare a cold read with a warm one. */
export function forgetChanges(server: ServerDb): void {
  caches.delete(server);
}

/** The cached entries for versions after+1, after+2, ... up to count of them, stopping at the first missing. */
export function cachedAfter(server: ServerDb, space: string, after: number, count: number): (string | null)[] {
  const spaces = spacesOf(server);
  const run = spaces.get(space);
  if (!run) return [];
  // Most recently used last, so the oldest space is the first one Map iteration yields.
  spaces.delete(space);
  spaces.set(space, run);
  const start = after + 1 - run.first;
  if (start < 0 || start >= run.items.length) return [];
  return run.items.slice(start, start + count);
}

/** Records committed versions first, first+1, ... with their JSON (null: rejected). */
export function rememberChanges(server: ServerDb, space: string, first: number, items: readonly (string | null)[]): void {
  if (items.length === 0) return;
  const spaces = spacesOf(server);
  const run = spaces.get(space);
  spaces.delete(space);
  const end = first + items.length; // one past the last version given
  let next: Run;
  if (!run || end < run.first || first > run.first + run.items.length) {
    // Not touching the run held: keep whichever is newer (recent versions are the ones pulled).
    next = run && run.first > first ? run : { first, items: [...items], bytes: items.reduce((n, i) => n + sizeOf(i), 0) };
  } else {
    next = run;
    // Extend at the end with the versions past the run, and at the start with those before it.
    const runEnd = run.first + run.items.length;
    for (let v = Math.max(first, runEnd); v < end; v++) {
      const item = items[v - first] ?? null;
      next.items.push(item);
      next.bytes += sizeOf(item);
    }
    if (first < run.first) {
      const before = items.slice(0, run.first - first);
      next.items.unshift(...before);
      next.bytes += before.reduce((n, i) => n + sizeOf(i), 0);
      next.first = first;
    }
  }
  let drop = 0;
  while (next.bytes > MAX_BYTES_PER_SPACE && drop < next.items.length - 1) next.bytes -= sizeOf(next.items[drop++] ?? null);
  if (drop > 0) {
    next.items.splice(0, drop);
    next.first += drop;
  }
  spaces.set(space, next);
  while (spaces.size > MAX_SPACES) {
    const oldest = spaces.keys().next().value as string;
    spaces.delete(oldest);
  }
}

/** What a stored change row holds of the record; fields as the JSON text stored. */
export type StoredChange = { device_id: string; seq: number | string; change_id: string; kind: string; entity: string; entity_id: string; fields: string; hlc: string };

/**
 * The ChangeRecord's JSON, byte for byte what JSON.stringify gives for the record (same key
 * order), with the stored fields text spliced in: it was written by JSON.stringify, so
 * parsing and re-serialising it would give the same text back.
 */
export function changeJson(row: StoredChange): string {
  const s = JSON.stringify;
  return `{"deviceId":${s(row.device_id)},"seq":${Number(row.seq)},"id":${s(row.change_id)},"kind":${s(row.kind)},"entity":${s(row.entity)},"entityId":${s(row.entity_id)},"fields":${row.fields},"hlc":${s(row.hlc)}}`;
}
