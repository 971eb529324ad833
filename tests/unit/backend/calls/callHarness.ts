import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CommandInput, CommandName, CommandOutput, EventName, EventPayload } from '../../../../core/api/index.js';
import type { CallView, RecordableEvent } from '../../../../core/api/schemas/call.js';
import { callView } from '../../../../core/call/view.js';
import { newId } from '../../../../core/model/ids.js';
import type { Customer } from '../../../../core/model/customer.js';
import { createBackend, type Backend } from '../../../../backend/backend.js';
import type { BackendConfig } from '../../../../backend/context.js';
import { inProcessClient } from '../../../../backend/hosts/inProcess.js';
import { ManualClock } from '../../../../backend/testing/manualClock.js';

export const T0 = Date.UTC(2026, 10, 22, 15, 0, 0);

type Seen = { name: EventName; payload: EventPayload<EventName> };
/** An event as a test writes it: any RecordableEvent, its id made for it unless given. */
export type RecordInput = RecordableEvent extends infer E ? (E extends RecordableEvent ? Omit<E, 'id'> & { id?: string } : never) : never;

/**
 * A backend on a real SQLite file in a temp folder, on a ManualClock (its timers too), with
 * the in-process host, every pushed event collected, and `reopen` to close it and start a
 * new backend on the same file, as a restart does.
 */
export function callHarness(options: { start?: number; config?: Partial<BackendConfig> } = {}) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'heard-call-'));
  const dbPath = path.join(dir, 'heard.sqlite');
  const clock = new ManualClock(options.start ?? T0);
  const events: Seen[] = [];
  let backend: Backend;
  let api: ReturnType<typeof inProcessClient>;
  let defaultCustomer: Customer | undefined;

  function open() {
    backend = createBackend({ dbPath, clock, repName: 'Dana Rep', ...options.config });
    backend.onEvent((name, payload) => events.push({ name, payload: structuredClone(payload) }));
    api = inProcessClient(backend);
  }
  open();

  const h = {
    dir,
    dbPath,
    clock,
    events,
    get backend() {
      return backend;
    },
    get api() {
      return api;
    },
    /** A command that must succeed; its value. */
    async ok<K extends CommandName>(name: K, input: CommandInput<K>): Promise<CommandOutput<K>> {
      const result = await api.call(name, input);
      if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${result.error.message}`);
      return result.value;
    },
    /** A command that must fail; its error. */
    async fails<K extends CommandName>(name: K, input: CommandInput<K>) {
      const result = await api.call(name, input);
      if (result.ok) throw new Error(`${name} succeeded but should have failed`);
      return result.error;
    },
    async customer(name = 'Maria Gonzalez', phone = '(415) 555-2671') {
      return (await h.ok('customers.create', { name, phones: [phone] })).customer;
    },
    /** A call on a new case, for the harness's one default customer (made on first use). */
    async startCall(extra: Partial<CommandInput<'call.start'>> = {}): Promise<CallView> {
      defaultCustomer ??= await h.customer();
      const customer = defaultCustomer;
      return callView(await h.ok('call.start', { callId: newId(clock.now()), customerId: customer.id, caseId: null, newCaseSubject: 'Refund not received', phone: '(415) 555-2671', ...extra }));
    },
    async record(callId: string, event: RecordInput): Promise<CallView> {
      return callView(await h.ok('call.record', { callId, event: { id: newId(clock.now()), ...event } as RecordableEvent }));
    },
    /** The call as a window sees it: call.get's snapshot folded by core's one view function. */
    async view(callId: string): Promise<CallView> {
      return callView(await h.ok('call.get', { callId }));
    },
    prompts() {
      return events.filter((e) => e.name === 'hold.prompt').map((e) => e.payload as EventPayload<'hold.prompt'>);
    },
    reopen(advanceMs = 0) {
      backend.close();
      clock.advance(advanceMs);
      open();
    },
    close() {
      backend.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return h;
}

export type CallHarness = ReturnType<typeof callHarness>;
