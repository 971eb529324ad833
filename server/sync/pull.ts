import type { PullRequest, PullResponse } from '../../core/sync/messages.js';
import type { DeviceAuth } from '../auth/authenticate.js';
import type { ServerDb } from '../db/connect.js';
import { HttpError } from '../http/errors.js';
import { spaceOf } from './access.js';
import { cachedAfter, changeJson, rememberChanges } from './changeCache.js';

// Pull (DESIGN.md, Sync): the changes of the caller's space with a version above the cursor,
// in version order. Every stored change has its own version (the space's counter, bumped
// inside the push transaction), so a page boundary never splits a version and the cursor is
// simply the last version examined.
//
// Every role reads exactly its own space (access.ts): a trainee's is its practice space, so
// it never pulls a real row. Rejected changes are not served: a ChangeRecord carries no
// status, so another device would apply a forbidden change as if it were accepted. Their
// author learns of them from the push answer (repeated on a retried push).
//
// The answer is built as JSON text: recent versions come from the process's change cache
// (changeCache.ts), already serialised, and only the versions it lacks are read.

const CURSOR = /^\d{1,15}$/;

/** The PullResponse for this request, as the JSON text to send. */
export async function pullChangesJson(server: ServerDb, auth: DeviceAuth, request: PullRequest): Promise<string> {
  if (request.cursor !== null && !CURSOR.test(request.cursor)) {
    throw new HttpError(400, 'invalid_request', 'Invalid pull request: cursor: not a cursor this server issued');
  }
  const after = request.cursor === null ? 0 : Number(request.cursor);
  const space = spaceOf(auth.user);
  const window = request.limit + 1;

  // The next limit + 1 versions, rejected ones included. Versions are gapless (push.ts), so
  // a range on the (space, version) index reads at most that many rows whatever plan the
  // database picks. (An open-ended `version > after ... limit n` let PostgreSQL, with
  // statistics gathered while the table was small, fetch and sort every row after the
  // cursor: a device far behind paid for all of them on every page.)
  const items = cachedAfter(server, space, after, window);
  if (items.length < window) {
    const from = after + items.length;
    const rows = await server.db
      .selectFrom('sync_changes')
      .select(['device_id', 'seq', 'change_id', 'kind', 'entity', 'entity_id', 'fields', 'hlc', 'version', 'status'])
      .where('space', '=', space)
      .where('version', '>', from)
      .where('version', '<=', after + window)
      .orderBy('version')
      .execute();
    // Gapless: the rows are versions from+1, from+2, ... The cursor arithmetic below and the
    // cache rely on it, so a hole (which no code path makes) fails loudly, not silently.
    if (!rows.every((row, i) => Number(row.version) === from + 1 + i)) throw new Error(`space ${space}: versions after ${from} are not gapless`);
    const read = rows.map((row) => (row.status === 'rejected' ? null : changeJson(row)));
    rememberChanges(server, space, from + 1, read);
    items.push(...read);
  }

  // Rejected changes are dropped, so a page can be short; the cursor is the last version examined.
  const more = items.length > request.limit;
  const examined = items.slice(0, request.limit);
  const page = examined.filter((item) => item !== null);
  const cursor: PullResponse['cursor'] = examined.length > 0 ? String(after + examined.length) : request.cursor;
  return `{"changes":[${page.join(',')}],"cursor":${JSON.stringify(cursor)},"more":${more}}`;
}
