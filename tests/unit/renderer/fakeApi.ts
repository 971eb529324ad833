import type { ApiClient } from '../../../core/api/client.js';
import type { CommandInput, CommandName, CommandOutput } from '../../../core/api/index.js';
import type { EventName, EventPayload, Result } from '../../../core/api/index.js';
import type { CustomerHistory } from '../../../core/model/history.js';

type Call = { name: CommandName; input: unknown; resolve: (result: Result<unknown>) => void };

/**
 * An ApiClient whose answers the test gives by hand, in any order, so races (a slow answer
 * for an old query) can be staged exactly.
 */
export function fakeApi() {
  const calls: Call[] = [];
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const api: ApiClient = {
    call<K extends CommandName>(name: K, input: CommandInput<K>): Promise<Result<CommandOutput<K>>> {
      return new Promise((resolve) => calls.push({ name, input, resolve: resolve as Call['resolve'] }));
    },
    on(name, listener) {
      let set = listeners.get(name);
      if (!set) listeners.set(name, (set = new Set()));
      set.add(listener as (payload: unknown) => void);
      return () => set.delete(listener as (payload: unknown) => void);
    },
  };
  return {
    api,
    calls,
    /** The pending calls with this name, oldest first. */
    pending(name: CommandName) {
      return calls.filter((c) => c.name === name);
    },
    emit<E extends EventName>(name: E, payload: EventPayload<E>) {
      for (const l of listeners.get(name) ?? []) l(payload);
    },
  };
}

/** Lets awaited promises in the store settle. */
export const flush = () => new Promise<void>((resolve) => setImmediate(resolve));

const T0 = Date.UTC(2025, 10, 18, 14, 0, 0);
export const IDS = {
  ann: '019a9b4e-0000-7000-8000-000000000001',
  bob: '019a9b4e-0000-7000-8000-000000000002',
  case1: '019a9b4e-0000-7000-8000-0000000000c1',
};

export function historyOf(id: string, name: string, extra: Partial<CustomerHistory> = {}): CustomerHistory {
  return {
    customer: {
      id,
      name,
      email: null,
      phones: [{ e164: '+14155552671', display: '(415) 555-2671', label: null }],
      createdAt: T0,
      updatedAt: T0,
    },
    cases: [],
    recentCalls: [],
    commitments: [],
    repeat: null,
    handovers: [],
    ...extra,
  };
}

export const NUMBER = { e164: '+14155552671', display: '(415) 555-2671' };
export { T0 };
