import type { z } from 'zod';
import type { EntityState, FieldVersion, JsonValue, RowVersion } from '../../../core/sync/index.js';
import { parseHlc } from '../../../core/sync/index.js';

// Reading merged values out of an entity's state for projection. Pulled values come from
// other devices and are checked here again: a value the local schema cannot hold must not
// stop the pull (the entity waits, see project/index.ts), and must never reach a row.

export class NotYet extends Error {
  override name = 'NotYet';
}

export function field(state: EntityState, name: string): FieldVersion | undefined {
  return Object.hasOwn(state.fields, name) ? state.fields[name] : undefined;
}

/** The field's merged value checked against schema; NotYet when the entity has no value for it. */
export function required<T>(state: EntityState, name: string, schema: z.ZodType<T>): T {
  const version = field(state, name);
  if (version === undefined) throw new NotYet(`${state.entity} ${state.entityId} has no ${name} yet`);
  return schema.parse(version.value);
}

export function optional<T>(state: EntityState, name: string, schema: z.ZodType<T>, fallback: T): T {
  const version = field(state, name);
  return version === undefined ? fallback : schema.parse(version.value);
}

/** The wall-clock ms of the newest value written to any field: when the entity last changed. */
export function lastWrittenMs(state: EntityState): number {
  let ms = 0;
  for (const v of Object.values(state.fields)) ms = Math.max(ms, parseHlc(v.hlc).ms);
  return ms;
}

/** Append-only rows in their own time order (field `at` or `createdAt`), then by id. */
export function rowsInOrder(state: EntityState, timeField: 'at' | 'createdAt'): RowVersion[] {
  const time = (r: RowVersion): number => {
    const t: JsonValue | undefined = r.row[timeField];
    return typeof t === 'number' ? t : 0;
  };
  return Object.values(state.rows).sort((a, b) => time(a) - time(b) || (a.rowId < b.rowId ? -1 : a.rowId > b.rowId ? 1 : 0));
}
