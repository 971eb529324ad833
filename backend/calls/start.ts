import type { z } from 'zod';
import { ApiFailure } from '../../core/api/result.js';
import type { StartCallInput } from '../../core/api/schemas/call.js';
import { CallEvent } from '../../core/call/events.js';
import { reduceCall } from '../../core/call/reducer.js';
import { caseNumberFromId, newId, normalizePhone } from '../../core/model/index.js';
import { getCallRecord, insertCall } from '../../db/tables/calls.js';
import { caseNumberTaken, getCaseRecord, insertCase } from '../../db/tables/cases.js';
import { getCustomer } from '../../db/tables/customers.js';
import { appendOutbox } from '../../db/tables/outbox.js';
import { writeTransaction } from '../../db/transaction.js';
import type { BackendContext } from '../context.js';
import { caseCreated } from '../sync/changes.js';
import { appendEvent } from './append.js';
import type { LoadedCall } from './callLog.js';
import { refuseUnknownScript } from './checks.js';

type StartInput = z.output<typeof StartCallInput>;

/**
 * Opens a call: its row, a new case when the rep gave a subject, and the call.started
 * event, in one immediate transaction. A retry with the same call id is the same call and
 * writes nothing; the same id for a different call is refused.
 */
export function startCall(ctx: BackendContext, input: StartInput): { call: LoadedCall; created: boolean } {
  return writeTransaction(ctx.db, (w) => {
    const callId = input.callId ?? newId(ctx.clock.now());
    const existing = ctx.calls.load(callId);
    if (existing) {
      if (!sameStart(existing, input, ctx)) throw new ApiFailure('CONFLICT', 'Another call already has this id; make a new id for a new call.');
      return { call: existing, created: false };
    }

    if (!getCustomer(ctx.db, input.customerId)) throw new ApiFailure('NOT_FOUND', 'No customer with that id.');
    if (input.caseId !== null) {
      const found = getCaseRecord(ctx.db, input.caseId);
      if (!found) throw new ApiFailure('NOT_FOUND', 'No case with that id.');
      if (found.customerId !== input.customerId) throw new ApiFailure('CONFLICT', "That case is another customer's; pick one of this caller's cases.");
    }
    const phone = callPhone(input.phone, ctx);
    const catalog = ctx.scripts.catalog();
    refuseUnknownScript(input.scriptId, catalog);

    const at = ctx.callClocks.stamp(callId, null);
    let caseId = input.caseId;
    if (input.newCaseSubject !== undefined) {
      caseId = newCaseId(ctx, at);
      const newCase = { id: caseId, customerId: input.customerId, number: caseNumberFromId(caseId), subject: input.newCaseSubject, status: 'open', category: null, createdAt: at } as const;
      insertCase(w, newCase);
      appendOutbox(w, caseCreated(newCase, ctx.clock.now()), ctx.clock.now());
    }
    insertCall(w, { id: callId, customerId: input.customerId, caseId, phone, direction: input.direction, repName: ctx.repName, startedAt: at });
    const record = getCallRecord(ctx.db, callId);
    if (!record) throw new Error('the call row just written cannot be read back');
    const started = CallEvent.parse({
      type: 'call.started',
      id: newId(at),
      callId,
      at,
      customerId: input.customerId,
      caseId,
      phone,
      direction: input.direction,
      repName: ctx.repName,
      scriptId: input.scriptId,
    });
    const empty: LoadedCall = { record, state: reduceCall([], catalog), version: { count: 0, lastAt: null } };
    return { call: appendEvent({ db: w, repName: ctx.repName, catalog, now: ctx.clock.now() }, empty, started), created: true };
  });
}

/** The number as the call keeps it: E.164, or empty for a withheld number. */
function callPhone(raw: string, ctx: BackendContext): string {
  if (raw.trim() === '') return '';
  const phone = normalizePhone(raw, ctx.defaultCountry);
  if (!phone.ok) throw new ApiFailure('INVALID_PHONE', `phone: ${phone.error.message}`);
  return phone.value.e164;
}

/** A case id whose human number is free (40 random bits: a clash is ~1 in 10^12, but the index would refuse it). */
function newCaseId(ctx: BackendContext, at: number): string {
  for (;;) {
    const id = newId(at);
    if (!caseNumberTaken(ctx.db, caseNumberFromId(id))) return id;
  }
}

function sameStart(existing: LoadedCall, input: StartInput, ctx: BackendContext): boolean {
  const r = existing.record;
  const sameCase =
    input.caseId !== null ? r.caseId === input.caseId : input.newCaseSubject !== undefined ? r.caseSubject === input.newCaseSubject : r.caseId === null;
  let phone: string;
  try {
    phone = callPhone(input.phone, ctx);
  } catch {
    return false;
  }
  return r.customerId === input.customerId && sameCase && r.phone === phone && r.direction === input.direction;
}
