import { sql, type Kysely, type Migration } from 'kysely';

// Users, one-time enrolment codes and enrolled devices. Written with Kysely's schema
// builder only, so one migration serves SQLite and PostgreSQL. Never edit once landed.
export const migration0010Auth: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('users')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('team', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addCheckConstraint('users_role_check', sql`role in ('rep', 'qa', 'trainee', 'admin')`)
      .execute();

    await db.schema
      .createTable('devices')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('revoked_at', 'text')
      .execute();
    await db.schema.createIndex('devices_user_id').on('devices').column('user_id').execute();

    await db.schema
      .createTable('enrolment_codes')
      .addColumn('code_hash', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('used_at', 'text')
      // unique: one code makes at most one device, enforced by the store as a backstop.
      .addColumn('device_id', 'text', (c) => c.unique().references('devices.id'))
      .execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropTable('enrolment_codes').execute();
    await db.schema.dropTable('devices').execute();
    await db.schema.dropTable('users').execute();
  },
};
