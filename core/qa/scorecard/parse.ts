import { parseDataFile, type ParseResult } from '../../call/parse.js';
import { Scorecard } from './schema.js';

/**
 * Checks a scorecard (a JSON data file or the admin editor's output). Every error names the
 * source and the field ("default.json: sections.2.criteria.0.weight: A weight is more than 0"),
 * the way parseScript reports a custom script. Raw file text is accepted and parsed here.
 */
export function parseScorecard(json: unknown, fileName?: string): ParseResult<Scorecard> {
  return parseDataFile(Scorecard, json, fileName ?? null);
}
