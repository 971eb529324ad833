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
