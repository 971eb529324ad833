import { parseDataFile, type ParseResult } from '../parse.js';
import { BUILT_IN_SCRIPT_IDS } from './catalog.js';
import { ScriptDefinition } from './schema.js';

/**
 * Checks a team's custom script (a JSON data file). Every error names the file and the
 * field ("support.json: steps.2.prompt: Required"), so whoever edits the file can fix it
 * without reading code. Raw file text is accepted too and parsed here (JSON.parse is pure).
 */
export function parseScript(json: unknown, fileName: string): ParseResult<ScriptDefinition> {
  const parsed = parseDataFile(ScriptDefinition, json, fileName);
  if (!parsed.ok) return parsed;
  if (BUILT_IN_SCRIPT_IDS.includes(parsed.value.id)) {
    return { ok: false, errors: [`${fileName}: id: "${parsed.value.id}" is a built-in script; choose another id`] };
  }
  return parsed;
}
