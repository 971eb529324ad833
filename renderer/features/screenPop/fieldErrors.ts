import type { ApiError } from '../../../core/api/result.js';

// The backend describes a refused form in one sentence per problem, each led by the field's
// path ("name: Enter the caller's name. phones.1: ..."); see describeIssues in the backend
// dispatcher. We split it back so each message sits under its own field, where the rep's
// eyes already are.

export type FormErrors = {
  /** Keyed by field path: "name", "email", "phones" (the list), "phones.0", "phones.1"... */
  fields: Record<string, string>;
  /** What belongs to no one field (a duplicate, the backend unreachable). */
  general: string | null;
};

export const NO_ERRORS: FormErrors = { fields: {}, general: null };

const FIELD_LEAD = /(?:^|\s)(name|email|phones(?:\.\d+)?|id):\s/g;

export function splitFieldErrors(error: ApiError, phones: readonly string[] = []): FormErrors {
  const fields: Record<string, string> = {};
  const marks = [...error.message.matchAll(FIELD_LEAD)];
  const before = marks.length ? error.message.slice(0, marks[0]?.index ?? 0).trim() : error.message.trim();
  marks.forEach((mark, i) => {
    const field = mark[1] as string;
    const start = (mark.index ?? 0) + mark[0].length;
    const end = marks[i + 1]?.index ?? error.message.length;
    const text = error.message.slice(start, end).trim();
    fields[field] = fields[field] ? `${fields[field]} ${text}` : text;
  });
  let general: string | null = before || null;
  // A phone the backend could not read may come back without a path; its message quotes
  // the raw text, which tells us which row it was.
  if (general && error.code === 'INVALID_PHONE') {
    const row = phones.findIndex((p) => p.trim() !== '' && general!.includes(`"${p}"`));
    fields[row >= 0 ? `phones.${row}` : 'phones'] = general;
    general = null;
  }
  return { fields, general };
}
