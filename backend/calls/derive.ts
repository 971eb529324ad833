import { ApiFailure } from '../../core/api/result.js';
import type { RecordableEvent } from '../../core/api/schemas/call.js';
import { CallEvent } from '../../core/call/events.js';
import { handoverSummary } from '../../core/call/handover.js';
import { canonicalJson } from '../../core/call/log.js';
import { applyEvent } from '../../core/call/reducer.js';
import type { ScriptCatalog } from '../../core/call/scripts/catalog.js';
import type { CallState } from '../../core/call/state.js';
import { describeIssues } from '../dispatch.js';

// From what the renderer says happened (a RecordableEvent) to the event the log keeps: the
// backend adds the call, the time, and what it derives from the call so far, so no client
// can claim a permission that was never given or write someone else's hand-over.

export type DeriveContext = {
  callId: string;
  at: number;
  state: CallState;
  customerName: string;
  caseNumber: string | null;
  /** Who is signed in on this desk: a promise's owner unless the rep names another. */
  repName: string;
  catalog: ScriptCatalog;
};

/** The rep a promise belongs to when none is named: the one on the call. */
export function defaultOwner(state: CallState, repName: string): string {
  return state.start?.repName ?? repName;
}

export function toCallEvent(input: RecordableEvent, c: DeriveContext): CallEvent {
  const envelope = { callId: c.callId, at: c.at };
  let candidate: unknown;
  switch (input.type) {
    case 'hold.started':
      // Asked and granted since the last hold: the reducer spends a permission on the hold it covers.
      candidate = { ...input, ...envelope, withPermission: c.state.hold.permission?.granted === true };
      break;
    case 'note.added':
      candidate = { ...input, ...envelope, noteId: input.id };
      break;
    case 'commitment.made':
      candidate = { ...input, ...envelope, commitmentId: input.id, owner: input.owner ?? defaultOwner(c.state, c.repName) };
      break;
    case 'transfer':
    case 'escalation': {
      // The summary is of the call including this hand-off, so an escalation's own reason
      // stands in for the problem when nothing was noted yet.
      const draft = { ...input, ...envelope, handover: handoverSummary(c.state, c.customerName, c.caseNumber) };
      const withDraft = applyEvent(c.state, draft as CallEvent, c.catalog);
      candidate = { ...draft, handover: handoverSummary(withDraft, c.customerName, c.caseNumber) };
      break;
    }
    default:
      candidate = { ...input, ...envelope };
  }
  const parsed = CallEvent.safeParse(candidate);
  if (!parsed.success) throw new ApiFailure('BAD_INPUT', describeIssues(parsed.error));
  return parsed.data;
}

/**
 * The part of a logged event the client chose, in the RecordableEvent's shape, so a retry
 * can be compared with what was stored: same id and same content is the same write.
 */
export function clientPart(event: CallEvent): Record<string, unknown> {
  const { callId: _callId, at: _at, ...rest } = event as CallEvent & Record<string, unknown>;
  const drop: Record<string, readonly string[]> = {
    'hold.started': ['withPermission'],
    'note.added': ['noteId'],
    'commitment.made': ['commitmentId'],
    transfer: ['handover'],
    escalation: ['handover'],
  };
  for (const key of drop[event.type] ?? []) delete rest[key];
  return rest;
}

/** Whether a retried input is the event already logged under its id. */
export function sameWrite(logged: CallEvent, input: RecordableEvent, state: CallState, repName: string): boolean {
  const normalized = input.type === 'commitment.made' ? { ...input, owner: input.owner ?? defaultOwner(state, repName) } : input;
  return logged.type === input.type && canonicalJson(clientPart(logged)) === canonicalJson(normalized);
}
