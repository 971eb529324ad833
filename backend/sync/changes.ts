import type { CallEvent } from '../../core/call/events.js';
import { newId } from '../../core/model/ids.js';
import type { JsonValue } from '../../core/sync/index.js';
import type { CallRecord } from '../../db/tables/calls.js';
import type { NewChange } from '../../db/tables/outbox.js';

// The change records each local write appends to the outbox (db/tables/outbox.ts), in the
// shapes core/sync's rules ask for. Built here, next to the writes, and appended inside the
// same immediate transaction as the domain rows.
//
// - A customer or a new case is one 'set' of its fields (phones as one JSON value).
// - The call's log is the 'append' call_event entity keyed by the call id, one change per
//   event (call.started included): the calls row itself is a projection of that log.
// - call.ended is followed by the 'terminal' change that finalizes the call record.
// - note.added also appends to the note entity of its case (of its call when it has none);
//   commitment.made also 'set's the commitment's fields; keeping it is 'terminal'.
// - cases.updated_at ("last touched") is not sent: every device derives it from the calls
//   and notes it has, so it carries no decision of its own.

/** Plain JSON, as the change stores it (drops undefined, copies nested objects). */
function json(value: unknown): JsonValue {
  return JSON.parse(JSON.stringify(value)) as JsonValue;
}

function change(kind: NewChange['kind'], entity: NewChange['entity'], entityId: string, fields: Record<string, unknown>, now: number): NewChange {
  return { id: newId(now), kind, entity, entityId, fields: json(fields) as Record<string, JsonValue> };
}

export function customerCreated(
  c: { id: string; name: string; email: string | null; phones: readonly { e164: string; label: string | null }[] },
  now: number,
): NewChange {
  return change('set', 'customer', c.id, { name: c.name, email: c.email, phones: c.phones.map((p) => ({ e164: p.e164, label: p.label })), createdAt: now }, now);
}

export function caseCreated(
  c: { id: string; customerId: string; number: string; subject: string; status: string; category: string | null; createdAt: number },
  now: number,
): NewChange {
  return change(
    'set',
    'case',
    c.id,
    { customerId: c.customerId, number: c.number, subject: c.subject, status: c.status, category: c.category, createdAt: c.createdAt },
    now,
  );
}

/** The changes one logged call event makes: always its log entry, and what it projects that other devices merge. */
export function callEventChanges(record: CallRecord, event: CallEvent, repName: string, now: number): NewChange[] {
  const { callId, ...rest } = event;
  const out = [change('append', 'call_event', callId, rest, now)];
  switch (event.type) {
    case 'note.added':
      out.push(
        change(
          'append',
          'note',
          record.caseId ?? callId,
          { id: event.noteId, customerId: record.customerId, caseId: record.caseId, callId, body: event.body, author: repName, createdAt: event.at },
          now,
        ),
      );
      break;
    case 'commitment.made':
      out.push(
        change(
          'set',
          'commitment',
          event.commitmentId,
          {
            customerId: record.customerId,
            caseId: record.caseId,
            callId,
            description: event.description,
            owner: event.owner,
            dueAt: event.dueAt,
            createdAt: event.at,
          },
          now,
        ),
      );
      break;
    case 'call.ended':
      // The end is the last event a call takes (the backend refuses any after it), so it
      // finalizes the record: every desk then refuses events stamped later (frozen call).
      out.push(change('terminal', 'call_event', callId, {}, now));
      break;
    default:
      break;
  }
  return out;
}

export function commitmentDone(commitmentId: string, now: number): NewChange {
  return change('terminal', 'commitment', commitmentId, { status: 'done' }, now);
}

export function commitmentRescheduled(commitmentId: string, dueAt: number, now: number): NewChange {
  return change('set', 'commitment', commitmentId, { dueAt }, now);
}

/**
 * A rep's edit of a case: only the fields they changed (each merges on its own), who made
 * it, and `basis`: for each edited field, the stamp of the value they were looking at, so
 * any desk can tell an overwrite of an unseen edit (a conflict to show) from a plain later
 * edit (sync/conflicts.ts).
 */
export function caseEdited(caseId: string, edit: { subject?: string | undefined; status?: string | undefined }, basis: Record<string, string>, repName: string, now: number): NewChange {
  const fields: Record<string, unknown> = { updatedBy: repName, basis };
  if (edit.subject !== undefined) fields.subject = edit.subject;
  if (edit.status !== undefined) fields.status = edit.status;
  return change('set', 'case', caseId, fields, now);
}
