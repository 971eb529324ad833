import type { Database } from 'better-sqlite3';

/**
 * One schema step. `version` is the value PRAGMA user_version holds once it has run;
 * versions go up in steps of 10 so a fix can slot in between without renumbering.
 * A landed migration is never edited: a change to the schema is a new migration.
 */
export type Migration = {
  version: number;
  name: string;
  /** Runs inside the runner's immediate transaction; must not open its own. */
  up(db: Database): void;
};
