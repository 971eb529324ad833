import { ApiFailure } from '../../core/api/result.js';

/** better-sqlite3's error for a broken constraint; only its code matters here. */
function constraintCode(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT') ? code : null;
}

/**
 * Runs a write; a client-made id that is already taken by another record (a note, a
 * promise, a hand-over: ids are global) comes back as CONFLICT instead of INTERNAL. The
 * transaction inside has rolled back by then, so nothing was written.
 */
export function asConflict<T>(write: () => T): T {
  try {
    return write();
  } catch (error) {
    const code = constraintCode(error);
    if (code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE') {
      throw new ApiFailure('CONFLICT', 'That id is already used by another record; make a new id and try again.');
    }
    throw error;
  }
}
