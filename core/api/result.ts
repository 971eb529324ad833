// How every answer crosses a process boundary: never a thrown error, always one of these.
export const ERROR_CODES = [
  'BAD_INPUT', // the payload failed its schema; nothing was written
  'UNKNOWN_COMMAND', // the name is not in the contract
  'INVALID_PHONE', // a number that cannot be read as a real phone number
  'NOT_FOUND', // the id refers to nothing
  'DUPLICATE', // the write would silently duplicate an existing record
  'CONFLICT', // the write does not fit the record as it stands (a finished call, a kept promise)
  'INCOMPLETE', // the closing checklist has items missing; close with an override and a reason
  'UNAVAILABLE', // the backend could not be reached (transport)
  'INTERNAL', // a bug; the message says so plainly and the log has the detail
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type ApiError = { code: ErrorCode; message: string };
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string): { ok: false; error: ApiError } {
  return { ok: false, error: { code, message } };
}

/** Thrown inside the backend to end a command with a known code; the dispatcher turns it into a Result. */
export class ApiFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}
