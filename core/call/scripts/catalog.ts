import { HEARD_SCRIPT } from './heard.js';
import { IRATE_SCRIPT } from './irate.js';
import { LAST_SCRIPT } from './last.js';
import type { ScriptDefinition } from './schema.js';

export const BUILT_IN_SCRIPTS: readonly ScriptDefinition[] = [HEARD_SCRIPT, LAST_SCRIPT, IRATE_SCRIPT];

/** Built-in ids are reserved: a call log that says "heard" must mean the same steps on every floor. */
export const BUILT_IN_SCRIPT_IDS: readonly string[] = BUILT_IN_SCRIPTS.map((s) => s.id);

/** The scripts a reducer can resolve, by id. */
export type ScriptCatalog = ReadonlyMap<string, ScriptDefinition>;

/**
 * The built-ins plus a team's custom scripts (already checked by parseScript, which refuses
 * built-in ids). When two custom scripts share an id the first one wins.
 */
export function scriptCatalog(custom: readonly ScriptDefinition[] = []): ScriptCatalog {
  const map = new Map<string, ScriptDefinition>();
  for (const script of [...BUILT_IN_SCRIPTS, ...custom]) if (!map.has(script.id)) map.set(script.id, script);
  return map;
}

export const BUILT_IN_CATALOG: ScriptCatalog = scriptCatalog();
