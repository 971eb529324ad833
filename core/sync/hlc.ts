// Hybrid logical clock (DESIGN.md, Sync): wall-clock milliseconds, a counter for events in
// the same millisecond (or while the wall clock stands still or runs backwards), and the
// node (device) id as the final tie-break, so two stamps from different devices never tie.
//
// Format: `<ms: 15 decimal digits>-<counter: 4 lower-case hex digits>-<node>`, e.g.
// `001700000000000-0000-0190a2b4-...`. Both numeric parts are fixed width, so comparing two
// stamps as plain strings (code-unit order, not localeCompare) gives the same answer as
// compareHlc: the store and the server can index and ORDER BY the text column directly.
// 15 digits of ms reach the year 33658; 4 hex digits allow 65,536 stamps per millisecond.

export type Hlc = string;

/** What a device remembers between stamps: the last stamp it issued or received. */
export type HlcState = { readonly ms: number; readonly counter: number; readonly node: string };

export const HLC_MS_DIGITS = 15;
export const HLC_MAX_MS = 10 ** HLC_MS_DIGITS - 1;
export const HLC_COUNTER_MAX = 0xffff;
/** The server refuses stamps further than this into its future (DESIGN.md: 2 minutes). */
export const HLC_MAX_DRIFT_MS = 120_000;

// A device id is a UUID today; anything in this alphabet keeps the stamp unambiguous to
// parse (the node is everything after the second dash) and safe in a URL or a header.
const NODE_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
const HLC_PATTERN = /^(\d{15})-([0-9a-f]{4})-(.+)$/;

export class HlcError extends Error {
  override name = 'HlcError';
}

export function isValidNode(node: string): boolean {
  return NODE_PATTERN.test(node);
}

/** The clock of a device that has never stamped anything. */
export function initialHlc(node: string): HlcState {
  if (!isValidNode(node)) throw new HlcError(`HLC node must match ${NODE_PATTERN.source}, got ${JSON.stringify(node)}`);
  return { ms: 0, counter: 0, node };
}

export function formatHlc(state: HlcState): Hlc {
  return `${String(state.ms).padStart(HLC_MS_DIGITS, '0')}-${state.counter.toString(16).padStart(4, '0')}-${state.node}`;
}

/** Reads a stamp; throws HlcError saying which part is wrong. */
export function parseHlc(stamp: string): HlcState {
  if (typeof stamp !== 'string') throw new HlcError(`HLC must be a string, got ${typeof stamp}`);
  const m = HLC_PATTERN.exec(stamp);
  if (!m) {
    throw new HlcError(
      `HLC ${JSON.stringify(stamp.slice(0, 100))} is not <15-digit ms>-<4 hex digit counter>-<node>`,
    );
  }
  const node = m[3] as string;
  if (!isValidNode(node)) throw new HlcError(`HLC node ${JSON.stringify(node.slice(0, 100))} must match ${NODE_PATTERN.source}`);
  return { ms: Number(m[1]), counter: parseInt(m[2] as string, 16), node };
}

export function isValidHlc(stamp: string): boolean {
  try {
    parseHlc(stamp);
    return true;
  } catch {
    return false;
  }
}

/** Total order: ms, then counter, then node (code-unit order, the same as the string order). */
export function compareHlc(a: Hlc, b: Hlc): -1 | 0 | 1 {
  const x = parseHlc(a);
  const y = parseHlc(b);
  if (x.ms !== y.ms) return x.ms < y.ms ? -1 : 1;
  if (x.counter !== y.counter) return x.counter < y.counter ? -1 : 1;
  if (x.node !== y.node) return x.node < y.node ? -1 : 1;
  return 0;
}

// A wall clock we cannot use (NaN, negative, fractional) must not stop a local write
// (DESIGN.md: never refuse a local write because of the clock): it just contributes nothing,
// and the counter carries the order.
function usableWall(wallNow: number): number {
  if (!Number.isFinite(wallNow) || wallNow < 0) return 0;
  return Math.min(Math.floor(wallNow), HLC_MAX_MS);
}

// Counter overflow (more than 65,536 stamps in one logical ms) borrows the next
// millisecond instead of failing: the clock runs 1 ms ahead of the wall, which the next
// real tick absorbs, and monotonicity holds.
function settle(ms: number, counter: number, node: string): HlcState {
  if (counter <= HLC_COUNTER_MAX) return { ms, counter, node };
  if (ms >= HLC_MAX_MS) throw new HlcError('HLC exhausted: the clock reached the largest representable millisecond');
  return { ms: ms + 1, counter: 0, node };
}

export type HlcTick = { state: HlcState; stamp: Hlc };

/** Stamps a local event. Always succeeds and is always greater than every earlier stamp of this state. */
export function hlcSend(state: HlcState, wallNow: number): HlcTick {
  const wall = usableWall(wallNow);
  const next = wall > state.ms ? settle(wall, 0, state.node) : settle(state.ms, state.counter + 1, state.node);
  return { state: next, stamp: formatHlc(next) };
}

/**
 * Takes in a remote stamp (a pulled change), so that every later local stamp sorts after it:
 * a rep who edits a case after seeing a colleague's edit wins against it even if their own
 * wall clock is behind. A remote far in the future is adopted, not refused (refusing it
 * would refuse the local write that follows); the server's isTooFarAhead rule is what
 * keeps such stamps out of the shared data, and `driftMs` lets the caller log it.
 */
export function hlcReceive(state: HlcState, remote: Hlc, wallNow: number): HlcTick & { driftMs: number } {
  const r = parseHlc(remote);
  const wall = usableWall(wallNow);
  const ms = Math.max(state.ms, r.ms, wall);
  let counter: number;
  if (ms === state.ms && ms === r.ms) counter = Math.max(state.counter, r.counter) + 1;
  else if (ms === state.ms) counter = state.counter + 1;
  else if (ms === r.ms) counter = r.counter + 1;
  else counter = 0;
  const next = settle(ms, counter, state.node);
  return { state: next, stamp: formatHlc(next), driftMs: r.ms - wall };
}

/** The server's refusal rule: a stamp more than maxDriftMs into the server's future. */
export function isTooFarAhead(stamp: Hlc, serverNow: number, maxDriftMs: number = HLC_MAX_DRIFT_MS): boolean {
  return parseHlc(stamp).ms > serverNow + maxDriftMs;
}

/**
 * After the server refused stamps as too far ahead, the client re-stamps only its
 * unacknowledged changes, in the order given (their sequence order), and carries on from
 * the result. If the remembered clock is ahead of the wall clock (it was poisoned by a wall
 * clock that jumped forward), it restarts from the wall clock: staying monotonic would
 * reproduce the refused stamps forever. The cost is that these stamps may sort before the
 * device's own acknowledged ones from the poisoned period (at most maxDrift ahead, or
 * the server would have refused them too); merge breaks any exact tie by change id.
 */
export function restamp<T extends { readonly hlc: Hlc }>(
  changes: readonly T[],
  state: HlcState,
  wallNow: number,
): { changes: T[]; state: HlcState } {
  const wall = usableWall(wallNow);
  let clock: HlcState = state.ms > wall ? { ms: wall, counter: 0, node: state.node } : state;
  const out: T[] = [];
  for (const change of changes) {
    const tick = hlcSend(clock, wallNow);
    clock = tick.state;
    out.push({ ...change, hlc: tick.stamp });
  }
  return { changes: out, state: clock };
}
