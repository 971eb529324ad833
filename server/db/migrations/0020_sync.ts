import { sql, type Kysely, type Migration } from 'kysely';

// Sync (DESIGN.md, Sync): the stored change log, each device's acknowledged position, one
// version counter per space (a team), and the merged state of each entity. Schema builder
// only, so one migration serves SQLite and PostgreSQL. Never edit once landed.
//
// The counter is a row, not a PostgreSQL sequence: a push bumps it inside its own
// transaction, holding the row lock until commit, so versions become visible in order and
// a pull cursor never skips a change that commits late.
export const migration0020Sync: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('sync_spaces')
      .addColumn('space', 'text', (c) => c.primaryKey())
      .addColumn('version', 'bigint', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('sync_devices')
      .addColumn('device_id', 'text', (c) => c.primaryKey().references('devices.id'))
      .addColumn('last_seq', 'bigint', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('sync_changes')
      .addColumn('device_id', 'text', (c) => c.notNull().references('devices.id'))
      .addColumn('seq', 'bigint', (c) => c.notNull())
      .addColumn('change_id', 'text', (c) => c.notNull())
      .addColumn('space', 'text', (c) => c.notNull().references('sync_spaces.space'))
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('entity', 'text', (c) => c.notNull())
      .addColumn('entity_id', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('fields', 'text', (c) => c.notNull())
      .addColumn('hlc', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('reason', 'text')
      .addColumn('version', 'bigint', (c) => c.notNull())
      .addColumn('stored_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('sync_changes_pk', ['device_id', 'seq'])
      .addUniqueConstraint('sync_changes_space_version', ['space', 'version'])
      .addCheckConstraint('sync_changes_status_check', sql`status in ('applied', 'rejected', 'superseded', 'duplicate')`)
      .execute();
    await db.schema.createIndex('sync_changes_change_id').on('sync_changes').column('change_id').execute();

    await db.schema
      .createTable('sync_entities')
      .addColumn('space', 'text', (c) => c.notNull().references('sync_spaces.space'))
      .addColumn('entity', 'text', (c) => c.notNull())
      .addColumn('entity_id', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('sync_entities_pk', ['space', 'entity', 'entity_id'])
      .execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropTable('sync_entities').execute();
    await db.schema.dropTable('sync_changes').execute();
    await db.schema.dropTable('sync_devices').execute();
    await db.schema.dropTable('sync_spaces').execute();
  },
};
