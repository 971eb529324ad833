import { formatIssues, requiredMessage, type ParseResult } from '../parse.js';
import { BUILT_IN_SCRIPT_IDS } from './catalog.js';
import { ScriptDefinition } from './schema.js';

/**
 * Checks a team's custom script (a JSON data file). Every error names the file and the
 * field ("support.json: steps.2.prompt: Required"), so whoever edits the file can fix it
 * without reading code. Raw file text is accepted too and parsed here (JSON.parse is pure).
 */
export function parseScript(json: unknown, fileName: string): ParseResult<ScriptDefinition> {
  let data = json;
  if (typeof json === 'string') {
    try {
      data = JSON.parse(json);
    } catch (e) {
      return { ok: false, errors: [`${fileName}: not valid JSON (${e instanceof Error ? e.message : String(e)})`] };
    }
  }
  const parsed = ScriptDefinition.safeParse(data, { error: requiredMessage });
  if (!parsed.success) return { ok: false, errors: formatIssues(parsed.error.issues, fileName) };
  if (BUILT_IN_SCRIPT_IDS.includes(parsed.data.id)) {
    return { ok: false, errors: [`${fileName}: id: "${parsed.data.id}" is a built-in script; choose another id`] };
  }
  return { ok: true, value: parsed.data };
}
