import type { Settings } from '../../core/api/schemas/call.js';
import { DEFAULT_HOLD_POLICY, HoldPolicySettings, parseHoldPolicy, type HoldPolicy } from '../../core/call/holdPolicy.js';
import { readSetting, writeSetting } from '../../db/tables/settings.js';
import type { ReadableDb, WritableDb } from '../../db/transaction.js';

// The team's settings in the store's settings table, one key per field (so a newer app's
// extra settings never disturb these), read back through core's own schema.

const KEYS = { firstCheckinSec: 'hold.firstCheckinSec', checkinIntervalSec: 'hold.checkinIntervalSec' } as const satisfies Record<keyof Settings, string>;

export const DEFAULT_SETTINGS: Settings = {
  firstCheckinSec: DEFAULT_HOLD_POLICY.firstCheckinMs / 1000,
  checkinIntervalSec: DEFAULT_HOLD_POLICY.checkinIntervalMs / 1000,
};

/** The stored settings; a value that fails today's rules falls back to the default rather than stopping the desk. */
export function readSettings(db: ReadableDb): Settings {
  const out: Settings = { ...DEFAULT_SETTINGS };
  for (const field of Object.keys(KEYS) as (keyof Settings)[]) {
    const value = readSetting(db, KEYS[field]);
    if (value === undefined) continue;
    const parsed = HoldPolicySettings.safeParse({ [field]: value });
    if (parsed.success && parsed.data[field] !== undefined) out[field] = parsed.data[field];
    else console.warn(`[backend] setting ${KEYS[field]} = ${JSON.stringify(value)} is not valid; using ${out[field]}`);
  }
  return out;
}

/** Writes the fields given; runs inside the caller's transaction. */
export function writeSettings(w: WritableDb, patch: Partial<Settings>, at: number, by: string): void {
  for (const field of Object.keys(KEYS) as (keyof Settings)[]) {
    const value = patch[field];
    if (value !== undefined) writeSetting(w, KEYS[field], value, at, by);
  }
}

export function holdPolicyOf(settings: Settings): HoldPolicy {
  const parsed = parseHoldPolicy(settings);
  // Settings come from readSettings or a validated input, so this holds; the default is a guard, not a path.
  return parsed.ok ? parsed.value : DEFAULT_HOLD_POLICY;
}
