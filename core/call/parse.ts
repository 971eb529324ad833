import type { z } from 'zod';

/** How core/call reports data that failed validation: every problem, one readable line each. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/**
 * zod's default text for a missing field ("expected string, received undefined") reads like
 * a type error; people editing a JSON file by hand understand "Required".
 */
export const requiredMessage: z.core.$ZodErrorMap = (issue) =>
  issue.code === 'invalid_type' && issue.input === undefined ? 'Required' : undefined;

/** "steps.2.prompt: Required", prefixed with where the data came from (a file name). */
export function formatIssues(issues: readonly z.core.$ZodIssue[], source: string | null): string[] {
  return issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    const parts = [source, path === '' ? null : path, issue.message].filter((p): p is string => p !== null && p !== '');
    return parts.join(': ');
  });
}

/**
 * Reads a data file someone edits by hand (a custom script, a scorecard, a practice
 * scenario): raw JSON text or an already-parsed value, checked against its schema, every
 * error prefixed with where it came from. JSON.parse is pure, so core may do it.
 */
export function parseDataFile<S extends z.ZodType>(schema: S, json: unknown, source: string | null): ParseResult<z.output<S>> {
  let data = json;
  if (typeof json === 'string') {
    try {
      data = JSON.parse(json);
    } catch (e) {
      const why = `not valid JSON (${e instanceof Error ? e.message : String(e)})`;
      return { ok: false, errors: [source === null ? why : `${source}: ${why}`] };
    }
  }
  const parsed = schema.safeParse(data, { error: requiredMessage });
  if (!parsed.success) return { ok: false, errors: formatIssues(parsed.error.issues, source) };
  return { ok: true, value: parsed.data };
}
