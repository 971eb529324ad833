import type { CallEvent, CallEventOf, CallEventType } from '../../../../core/call/index.js';

// Event builders for the call tests: deterministic ids (valid UUIDv7 shape) and an explicit
// clock, so every test states its times.

export const T0 = Date.UTC(2026, 10, 22, 14, 0, 0);
export const CALL_ID = uuid(0xca11);
export const OTHER_CALL_ID = uuid(0xca12);
export const CUSTOMER_ID = uuid(0xc057);
export const CASE_ID = uuid(0xca5e);

export function uuid(n: number): string {
  return `00000000-0000-7000-8000-${n.toString(16).padStart(12, '0')}`;
}

type Fields<T extends CallEventType> = Omit<CallEventOf<T>, 'id' | 'callId' | 'at' | 'type'>;
type FieldArgs<T extends CallEventType> = object extends Fields<T> ? [fields?: Fields<T>] : [fields: Fields<T>];

export type LogBuilder = {
  readonly events: CallEvent[];
  /** Moves the clock to T0 + ms (ms since the call's start). */
  at(ms: number): LogBuilder;
  add<T extends CallEventType>(type: T, ...fields: FieldArgs<T>): LogBuilder;
  /** The last event added. */
  last(): CallEvent;
};

let idCounter = 0x1000;

export function callLog(options: { callId?: string; t0?: number } = {}): LogBuilder {
  const callId = options.callId ?? CALL_ID;
  const t0 = options.t0 ?? T0;
  let clock = t0;
  const events: CallEvent[] = [];
  const builder: LogBuilder = {
    events,
    at(ms) {
      clock = t0 + ms;
      return builder;
    },
    add(type, ...fields) {
      idCounter += 1;
      events.push({ id: uuid(idCounter), callId, at: clock, type, ...(fields[0] ?? {}) } as CallEvent);
      return builder;
    },
    last() {
      const e = events.at(-1);
      if (!e) throw new Error('no events yet');
      return e;
    },
  };
  return builder;
}

export function started(log: LogBuilder, scriptId = 'heard', caseId: string | null = CASE_ID): LogBuilder {
  return log.add('call.started', {
    customerId: CUSTOMER_ID,
    caseId,
    phone: '+14155552671',
    direction: 'inbound',
    repName: 'Sam Rivera',
    scriptId,
  });
}

export function note(log: LogBuilder, body: string): LogBuilder {
  idCounter += 1;
  return log.add('note.added', { noteId: uuid(0xf0000 + idCounter), body });
}

export const SECOND = 1000;
