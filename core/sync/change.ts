import { z } from 'zod';
import { Id } from '../model/ids.js';
import { isValidHlc, isValidNode, parseHlc } from './hlc.js';
import type { JsonValue } from './json.js';
import { CHANGE_KINDS, ENTITIES, changeShapeProblem } from './rules.js';

// A change record: one entry of a device's outbox, pushed to the server and pulled by other
// devices. Why three kinds (see KINDS_BY_ENTITY in rules.ts for which entity takes which):
// - 'set' writes some mutable fields; each field merges on its own by HLC, so two reps
//   editing different fields of one case both keep their edit;
// - 'append' adds one immutable row (the whole row, keyed by fields.id) to an append-only
//   entity; rows merge by union, so no clock decides anything;
// - 'terminal' is a one-way state change (a commitment done/cancelled, a call finalized)
//   that must beat concurrent edits whatever their clocks, which per-field LWW cannot say.

export const DeviceId = z.string().refine(isValidNode, 'device id: 1-64 of A-Z a-z 0-9 _ -');
export const HlcString = z.string().max(200).refine(isValidHlc, 'not a hybrid logical clock stamp');
export const Entity = z.enum(ENTITIES);
export const ChangeKind = z.enum(CHANGE_KINDS);

/** Field names are identifiers, which also keeps '__proto__' and friends out of records. */
export const FieldName = z.string().regex(/^[a-z][A-Za-z0-9_]{0,63}$/, 'field name: a lower-case identifier of at most 64 characters');

export const CHANGE_LIMITS = {
  fieldsPerChange: 64,
  /** Serialised size of fields: a note body (10,000 characters) fits with plenty to spare. */
  fieldsChars: 64 * 1024,
} as const;

const JsonField = z.json() as z.ZodType<JsonValue>;

export const ChangeRecord = z
  .strictObject({
    deviceId: DeviceId,
    /** Gapless per device, from 1: the server acknowledges by position (DESIGN.md, Push). */
    seq: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
    /** The change's own id, so a retried push is recognised and applying twice is a no-op. */
    id: Id,
    kind: ChangeKind,
    entity: Entity,
    /** The row for 'set'/'terminal'; the parent log (call, case) for 'append'. */
    entityId: Id,
    fields: z.record(FieldName, JsonField),
    hlc: HlcString,
  })
  .superRefine((c, ctx) => {
    const names = Object.keys(c.fields);
    if (names.length > CHANGE_LIMITS.fieldsPerChange) {
      ctx.addIssue({ code: 'custom', path: ['fields'], message: `at most ${CHANGE_LIMITS.fieldsPerChange} fields per change` });
    }
    if (JSON.stringify(c.fields).length > CHANGE_LIMITS.fieldsChars) {
      ctx.addIssue({ code: 'custom', path: ['fields'], message: `fields larger than ${CHANGE_LIMITS.fieldsChars} characters` });
    }
    const problem = changeShapeProblem(c);
    if (problem) ctx.addIssue({ code: 'custom', path: ['fields'], message: problem });
    // The stamp names the device that made it: that is what makes stamps unique across
    // devices, and a change claiming another device's clock is forged or corrupt.
    if (isValidHlc(c.hlc) && parseHlc(c.hlc).node !== c.deviceId) {
      ctx.addIssue({ code: 'custom', path: ['hlc'], message: 'the stamp\'s node must be the change\'s deviceId' });
    }
  });
export type ChangeRecord = z.infer<typeof ChangeRecord>;
export type Entity = z.infer<typeof Entity>;
export type ChangeKind = z.infer<typeof ChangeKind>;
