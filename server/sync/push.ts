import { sql, type Insertable, type Transaction } from 'kysely';
import type { ChangeRecord } from '../../core/sync/change.js';
import type { DeviceAuth } from '../auth/authenticate.js';
import { canonicalJson, type JsonValue } from '../../core/sync/json.js';
import { isTooFarAhead } from '../../core/sync/hlc.js';
import { applyChange } from '../../core/sync/merge.js';
import { SYNC_LIMITS, type PushRequest, type PushResponse } from '../../core/sync/messages.js';
import type { ServerDb } from '../db/connect.js';
import type { ServerDatabase, SyncChangeStatus } from '../db/schema.js';
import { HttpError } from '../http/errors.js';
import { spaceOf, writeRefusal } from './access.js';
import { changeJson, rememberChanges } from './changeCache.js';
import { inSpaceQueue } from './spaceQueue.js';
import { currentState, entityKey, holdEntities, writeHeldEntities, type HeldEntities, type HeldEntity } from './heldEntities.js';

// One push = one transaction (DESIGN.md, Sync, Push). In seq order: a seq the server already
// holds is skipped if identical and refuses the whole push if not (a cloned device); a seq
// past the next expected one stops the batch at the gap; a stamp too far in the server's
// future stops the batch so the client re-stamps; anything else is stored with its outcome
// (applied, superseded, duplicate or rejected) and advances the device's position, in the
// same transaction as its effect on the entity state.
//
// Concurrency: the first statement upserts the space's counter row, which takes its row
// lock on PostgreSQL until commit; every later read (device position, entity state) happens
// under it, so pushes into one space are serialised and versions commit in order. On SQLite
// Kysely runs transactions one at a time on the single connection. Within one process they
// also queue per space before taking a connection (spaceQueue.ts).

export type PushOptions = {
  now: Date;
  /** Test hook: called after each stored change, so a test can fail a push midway. */
  afterStore?: (index: number) => void;
};

type Tx = Transaction<ServerDatabase>;

export async function pushChanges(server: ServerDb, auth: DeviceAuth, request: PushRequest, options: PushOptions): Promise<PushResponse> {
  if (request.deviceId !== auth.deviceId) {
    throw new HttpError(403, 'device_mismatch', 'A device may push only its own changes.');
  }
  const space = spaceOf(auth.user);
  const serverNow = options.now.getTime();
  const storedAt = options.now.toISOString();

  // What this push stored, for the change cache once it has committed (changeCache.ts).
  const committed: { first: number; rows: Insertable<ServerDatabase['sync_changes']>[] }[] = [];
  const response = await inSpaceQueue(server, space, () => server.db.transaction().execute(async (trx) => {
    await lockSpace(trx, space);
    const position = await devicePosition(trx, auth.deviceId);

    // Whole-request check first: a known seq with different content refuses everything,
    // so nothing of this push is written (DESIGN.md: never drop work silently).
    const known = request.changes.filter((c) => c.seq <= position);
    const rejected: PushResponse['rejected'] = [];
    if (known.length > 0) {
      const stored = await trx
        .selectFrom('sync_changes')
        .selectAll()
        .where('device_id', '=', auth.deviceId)
        .where('seq', 'in', known.map((c) => c.seq))
        .execute();
      const bySeq = new Map(stored.map((row) => [Number(row.seq), row]));
      for (const change of known) {
        const row = bySeq.get(change.seq);
        if (!row || !sameStored(row, change)) {
          throw new HttpError(
            409,
            'cloned_device',
            `This device already sent a different change with number ${change.seq}: it looks like a copy of another device. Enrol it again with a new code; its unsynced work is kept.`,
          );
        }
        // A retried push gets the same answer as the first one, rejections included.
        if (row.status === 'rejected') rejected.push({ seq: change.seq, reason: row.reason ?? 'rejected' });
      }
    }

    // Which changes this push stores does not depend on any stored state: everything after
    // the device's position, up to a gap or a stamp too far ahead. So their versions can be
    // taken in one step: the counter row is locked, so the range is this push's alone, and
    // versions stay gapless and in commit order.
    const { admitted, stoppedAtGap, clockRefused } = admit(request.changes, position, serverNow);
    if (admitted.length === 0) return { ackedThrough: position, rejected, stoppedAtGap, clockRefused };
    const firstVersion = await reserveVersions(trx, space, admitted.length);
    const held = await holdEntities(trx, admitted);

    const rows: Insertable<ServerDatabase['sync_changes']>[] = [];
    for (const [i, change] of admitted.entries()) {
      const { status, reason } = await applyToEntity(trx, space, auth, change, held);
      rows.push({
        device_id: change.deviceId,
        seq: change.seq,
        change_id: change.id,
        space,
        user_id: auth.user.id,
        entity: change.entity,
        entity_id: change.entityId,
        kind: change.kind,
        fields: JSON.stringify(change.fields),
        hlc: change.hlc,
        status,
        reason,
        version: firstVersion + i,
        stored_at: storedAt,
      });
      if (status === 'rejected') rejected.push({ seq: change.seq, reason: reason ?? 'rejected' });
    }

    await writeHeldEntities(trx, space, held);
    for (let at = 0; at < rows.length; at += CHANGES_PER_INSERT) {
      const part = rows.slice(at, at + CHANGES_PER_INSERT);
      await trx.insertInto('sync_changes').values(part).execute();
      for (let i = at; i < at + part.length; i++) options.afterStore?.(i);
    }
    const acked = (admitted.at(-1) as ChangeRecord).seq;
    await trx
      .insertInto('sync_devices')
      .values({ device_id: auth.deviceId, last_seq: acked })
      .onConflict((oc) => oc.column('device_id').doUpdateSet({ last_seq: acked }))
      .execute();
    committed.push({ first: firstVersion, rows });
    return { ackedThrough: acked, rejected, stoppedAtGap, clockRefused };
  }));
  for (const { first, rows } of committed) rememberChanges(server, space, first, rows.map((row) => (row.status === 'rejected' ? null : changeJson(row))));
  return response;
}

/** 14 columns a row: 7,000 bound parameters for a full push, within both engines' limits. */
const CHANGES_PER_INSERT = SYNC_LIMITS.pushChanges;

type Admission = { admitted: ChangeRecord[]; stoppedAtGap: number | null; clockRefused: PushResponse['clockRefused'] };

/** The changes after position, in seq order, up to the first gap or stamp too far in the future. */
function admit(changes: readonly ChangeRecord[], position: number, serverNow: number): Admission {
  const admitted: ChangeRecord[] = [];
  let next = position + 1;
  for (const change of changes) {
    if (change.seq < next) continue;
    if (change.seq > next) return { admitted, stoppedAtGap: next, clockRefused: [] };
    if (isTooFarAhead(change.hlc, serverNow)) return { admitted, stoppedAtGap: null, clockRefused: [{ seq: change.seq, serverNow }] };
    admitted.push(change);
    next++;
  }
  return { admitted, stoppedAtGap: null, clockRefused: [] };
}

async function lockSpace(trx: Tx, space: string): Promise<void> {
  await trx
    .insertInto('sync_spaces')
    .values({ space, version: 0 })
    .onConflict((oc) => oc.column('space').doUpdateSet({ version: sql`sync_spaces.version` }))
    .execute();
}

/** Takes the next count versions of the space; returns the first. */
async function reserveVersions(trx: Tx, space: string, count: number): Promise<number> {
  const row = await trx
    .updateTable('sync_spaces')
    .set({ version: sql`version + ${count}` })
    .where('space', '=', space)
    .returning('version')
    .executeTakeFirstOrThrow();
  return Number(row.version) - count + 1;
}

async function devicePosition(trx: Tx, deviceId: string): Promise<number> {
  const row = await trx.selectFrom('sync_devices').select('last_seq').where('device_id', '=', deviceId).executeTakeFirst();
  return row ? Number(row.last_seq) : 0;
}

/**
 * The stored change and this one are the same change. The stamp may differ: a device re-stamps
 * a change the server refused for its clock, and a delayed copy of the first push may have
 * been stored meanwhile (tests/fault/clockSkewRace.test.ts). Same id and content is the same
 * change either way; the stored stamp stands, and the device learns it from pull. A copied
 * store is still caught: its new changes carry new ids.
 */
function sameStored(row: ServerDatabase['sync_changes'], change: ChangeRecord): boolean {
  return (
    row.change_id === change.id && row.entity === change.entity && row.entity_id === change.entityId &&
    row.kind === change.kind &&
    canonicalJson(JSON.parse(row.fields) as JsonValue) === canonicalJson(change.fields)
  );
}

async function applyToEntity(trx: Tx, space: string, auth: DeviceAuth, change: ChangeRecord, held: HeldEntities): Promise<{ status: SyncChangeStatus; reason: string | null }> {
  // Held by (entity, id) alone (unique, migration 0030): a row held by another space is what
  // the access rules refuse, so past the check it is this space's row. Rows this push creates
  // are written at its end, so a lookup writeRefusal makes of another row (a note's case, a
  // score's call) does not see one created earlier in the same push; the rules decide the
  // same either way: such a row is in this space, which they treat like no row at all,
  // except a score's call, which a QA device (the only writer of scores) never creates.
  const h = held.get(entityKey(change.entity, change.entityId)) as HeldEntity;
  const refusal = await writeRefusal(trx, space, auth.user, change, h.place);
  if (refusal) return { status: 'rejected', reason: clip(refusal) };
  const current = currentState(h);
  const result = applyChange(current, change);
  // The state is a function of its log: write it whenever the change entered the log (a
  // 'rejected' outcome can be logged without effect, e.g. an event after finalizing).
  if (result.state.log.length !== (current?.log.length ?? 0)) {
    h.state = result.state;
    h.dirty = true;
    h.place ??= { space, owner_user_id: auth.user.id };
  }
  return { status: result.outcome, reason: result.reason === undefined ? null : clip(result.reason) };
}

function clip(reason: string): string {
  return reason.length > SYNC_LIMITS.reason ? `${reason.slice(0, SYNC_LIMITS.reason - 1)}…` : reason;
}
