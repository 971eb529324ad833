import { sql, type Kysely, type Migration } from 'kysely';

// Access rules (server/sync/access.ts) need two facts about an entity before a change may
// touch it: which space holds it, and which user created it (a call belongs to the rep who
// first wrote it). Schema builder and portable SQL only, so one migration serves SQLite and
// PostgreSQL. Never edit once landed.
//
// - owner_user_id: the user whose change created the entity row. Existing rows are filled
//   from their earliest stored, not rejected change (the one that created them).
// - a unique index on (entity, entity_id): every entity lives in exactly one space. The
//   access rules refuse a write to an id held by another space; the index makes that hold
//   even when two spaces race to create the same id (on PostgreSQL the later transaction
//   fails and its retried push is then refused), and it serves the lookup by id alone.
export const migration0030Access: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .alterTable('sync_entities')
      .addColumn('owner_user_id', 'text', (c) => c.references('users.id'))
      .execute();
    await sql`
      update sync_entities set owner_user_id = (
        select c.user_id from sync_changes c
        where c.space = sync_entities.space and c.entity = sync_entities.entity
          and c.entity_id = sync_entities.entity_id and c.status <> 'rejected'
        order by c.version limit 1
      )`.execute(db);
    await db.schema.createIndex('sync_entities_entity_id').unique().on('sync_entities').columns(['entity', 'entity_id']).execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropIndex('sync_entities_entity_id').execute();
    await db.schema.alterTable('sync_entities').dropColumn('owner_user_id').execute();
  },
};
