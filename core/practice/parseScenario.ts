import { parseDataFile, type ParseResult } from '../call/parse.js';
import { normalizePhone } from '../model/phone.js';
import { ScenarioDefinition } from './schema/scenario.js';

/**
 * Checks a practice scenario (a JSON data file), as parseScript checks a custom script: every
 * error names the file and the field ("angry.json: facts.2.answer: Required"), so whoever
 * writes scenarios can fix them without reading code. Raw file text is accepted too.
 */
export function parseScenario(json: unknown, fileName: string): ParseResult<ScenarioDefinition> {
  const parsed = parseDataFile(ScenarioDefinition, json, fileName);
  if (!parsed.ok) return parsed;
  // The screen pop shows this number as a real one would be; it must parse like one.
  const phone = normalizePhone(parsed.value.customer.phone);
  if (!phone.ok) return { ok: false, errors: [`${fileName}: customer.phone: ${phone.error.message}`] };
  return parsed;
}
