import { formatIssues, requiredMessage, type ParseResult } from '../../call/parse.js';
import { Scorecard } from './schema.js';

/**
 * Checks a scorecard (a JSON data file or the admin editor's output). Every error names the
 * source and the field ("default.json: sections.2.criteria.0.weight: A weight is more than 0"),
 * the way parseScript reports a custom script. Raw file text is accepted and parsed here.
 */
export function parseScorecard(json: unknown, fileName?: string): ParseResult<Scorecard> {
  const source = fileName ?? null;
  let data = json;
  if (typeof json === 'string') {
    try {
      data = JSON.parse(json);
    } catch (e) {
      const why = `not valid JSON (${e instanceof Error ? e.message : String(e)})`;
      return { ok: false, errors: [source === null ? why : `${source}: ${why}`] };
    }
  }
  const parsed = Scorecard.safeParse(data, { error: requiredMessage });
  if (!parsed.success) return { ok: false, errors: formatIssues(parsed.error.issues, source) };
  return { ok: true, value: parsed.data };
}
