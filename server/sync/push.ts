import { sql, type Transaction } from 'kysely';
import type { ChangeRecord } from '../../core/sync/change.js';
import type { DeviceAuth } from '../auth/authenticate.js';
import { canonicalJson, type JsonValue } from '../../core/sync/json.js';
import { isTooFarAhead } from '../../core/sync/hlc.js';
import { applyChange } from '../../core/sync/merge.js';
import { SYNC_LIMITS, type PushRequest, type PushResponse } from '../../core/sync/messages.js';
import type { EntityState } from '../../core/sync/state.js';
import type { ServerDb } from '../db/connect.js';
import type { ServerDatabase, SyncChangeStatus } from '../db/schema.js';
import { HttpError } from '../http/errors.js';
import { spaceOf, writeRefusal } from './access.js';

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
// Kysely runs transactions one at a time on the single connection.

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

  return server.db.transaction().execute(async (trx) => {
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

    let acked = position;
    let stoppedAtGap: number | null = null;
    const clockRefused: PushResponse['clockRefused'] = [];
    let stored = 0;
    for (const change of request.changes) {
      if (change.seq <= position) continue;
      if (change.seq > acked + 1) {
        stoppedAtGap = acked + 1;
        break;
      }
      if (isTooFarAhead(change.hlc, serverNow)) {
        clockRefused.push({ seq: change.seq, serverNow });
        break;
      }
      const { status, reason } = await applyToEntity(trx, space, auth, change);
      const version = await bumpVersion(trx, space);
      await trx
        .insertInto('sync_changes')
        .values({
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
          version,
          stored_at: storedAt,
        })
        .execute();
      if (status === 'rejected') rejected.push({ seq: change.seq, reason: reason ?? 'rejected' });
      acked = change.seq;
      options.afterStore?.(stored++);
    }

    if (acked > position) {
      await trx
        .insertInto('sync_devices')
        .values({ device_id: auth.deviceId, last_seq: acked })
        .onConflict((oc) => oc.column('device_id').doUpdateSet({ last_seq: acked }))
        .execute();
    }
    return { ackedThrough: acked, rejected, stoppedAtGap, clockRefused };
  });
}

async function lockSpace(trx: Tx, space: string): Promise<void> {
  await trx
    .insertInto('sync_spaces')
    .values({ space, version: 0 })
    .onConflict((oc) => oc.column('space').doUpdateSet({ version: sql`sync_spaces.version` }))
    .execute();
}

async function bumpVersion(trx: Tx, space: string): Promise<number> {
  const row = await trx
    .updateTable('sync_spaces')
    .set({ version: sql`version + 1` })
    .where('space', '=', space)
    .returning('version')
    .executeTakeFirstOrThrow();
  return Number(row.version);
}

async function devicePosition(trx: Tx, deviceId: string): Promise<number> {
  const row = await trx.selectFrom('sync_devices').select('last_seq').where('device_id', '=', deviceId).executeTakeFirst();
  return row ? Number(row.last_seq) : 0;
}

function sameStored(row: ServerDatabase['sync_changes'], change: ChangeRecord): boolean {
  return (
    row.change_id === change.id && row.entity === change.entity && row.entity_id === change.entityId &&
    row.kind === change.kind && row.hlc === change.hlc &&
    canonicalJson(JSON.parse(row.fields) as JsonValue) === canonicalJson(change.fields)
  );
}

async function applyToEntity(trx: Tx, space: string, auth: DeviceAuth, change: ChangeRecord): Promise<{ status: SyncChangeStatus; reason: string | null }> {
  // Looked up by id alone (unique, migration 0030): a row held by another space is what the
  // access rules refuse, so past the check it is this space's row.
  const row = await trx
    .selectFrom('sync_entities')
    .select(['space', 'owner_user_id', 'state'])
    .where('entity', '=', change.entity)
    .where('entity_id', '=', change.entityId)
    .executeTakeFirst();
  const refusal = await writeRefusal(trx, space, auth.user, change, row ?? null);
  if (refusal) return { status: 'rejected', reason: clip(refusal) };
  const current = row ? (JSON.parse(row.state) as EntityState) : null;
  const result = applyChange(current, change);
  // The state is a function of its log: write it whenever the change entered the log (a
  // 'rejected' outcome can be logged without effect, e.g. an event after finalizing).
  if (result.state.log.length !== (current?.log.length ?? 0)) {
    const state = JSON.stringify(result.state);
    if (row) {
      await trx
        .updateTable('sync_entities')
        .set({ state })
        .where('space', '=', space)
        .where('entity', '=', change.entity)
        .where('entity_id', '=', change.entityId)
        .execute();
    } else {
      await trx.insertInto('sync_entities').values({ space, entity: change.entity, entity_id: change.entityId, state, owner_user_id: auth.user.id }).execute();
    }
  }
  return { status: result.outcome, reason: result.reason === undefined ? null : clip(result.reason) };
}

function clip(reason: string): string {
  return reason.length > SYNC_LIMITS.reason ? `${reason.slice(0, SYNC_LIMITS.reason - 1)}…` : reason;
}
