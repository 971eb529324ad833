import type { ChangeRecord } from '../../core/sync/change.js';
import type { JsonValue } from '../../core/sync/json.js';
import type { PullRequest, PullResponse } from '../../core/sync/messages.js';
import type { DeviceAuth } from '../auth/authenticate.js';
import type { ServerDb } from '../db/connect.js';
import { HttpError } from '../http/errors.js';
import { spaceOf } from './access.js';

// Pull (DESIGN.md, Sync): the changes of the caller's space with a version above the cursor,
// in version order. Every stored change has its own version (the space's counter, bumped
// inside the push transaction), so a page boundary never splits a version and the cursor is
// simply the last version examined.
//
// Every role reads exactly its own space (access.ts): a trainee's is its practice space, so
// it never pulls a real row. Rejected changes are not served: a ChangeRecord carries no
// status, so another device would apply a forbidden change as if it were accepted. Their
// author learns of them from the push answer (repeated on a retried push).

const CURSOR = /^\d{1,15}$/;

export async function pullChanges(server: ServerDb, auth: DeviceAuth, request: PullRequest): Promise<PullResponse> {
  if (request.cursor !== null && !CURSOR.test(request.cursor)) {
    throw new HttpError(400, 'invalid_request', 'Invalid pull request: cursor: not a cursor this server issued');
  }
  const after = request.cursor === null ? 0 : Number(request.cursor);

  // The next limit + 1 versions, rejected ones included, by a range on the (space, version)
  // index: versions are gapless (push.ts), so this reads at most limit + 1 rows whatever plan
  // the database picks. (An open-ended `version > after ... limit n` let PostgreSQL, with
  // statistics gathered while the table was small, fetch and sort every row after the
  // cursor: a device far behind paid for all of them on every page.) Rejected changes are
  // dropped here, so a page can be short, and the cursor is the last version examined.
  const rows = await server.db
    .selectFrom('sync_changes')
    .select(['device_id', 'seq', 'change_id', 'kind', 'entity', 'entity_id', 'fields', 'hlc', 'version', 'status'])
    .where('space', '=', spaceOf(auth.user))
    .where('version', '>', after)
    .where('version', '<=', after + request.limit + 1)
    .orderBy('version')
    .execute();
  const more = rows.length > request.limit;
  const examined = rows.slice(0, request.limit);
  const page = examined.filter((row) => row.status !== 'rejected');
  const changes = page.map(
    (row): ChangeRecord => ({
      deviceId: row.device_id,
      seq: Number(row.seq),
      id: row.change_id,
      kind: row.kind as ChangeRecord['kind'],
      entity: row.entity as ChangeRecord['entity'],
      entityId: row.entity_id,
      fields: JSON.parse(row.fields) as Record<string, JsonValue>,
      hlc: row.hlc,
    }),
  );
  const last = examined.at(-1);
  return { changes, cursor: last ? String(Number(last.version)) : request.cursor, more };
}
