import type { ApiClient, CommandInput, CommandName, CommandOutput, EventName, Result } from '../../core/api/index.js';
import type { Backend } from '../backend.js';

/**
 * The third host: the backend in the caller's own process, for unit and integration tests.
 * Inputs and outputs are copied with structuredClone, as a process boundary would, so a
 * test cannot pass by sharing an object with the backend.
 */
export function inProcessClient(backend: Backend): ApiClient {
  return {
    call<K extends CommandName>(name: K, input: CommandInput<K>): Promise<Result<CommandOutput<K>>> {
      const result = backend.dispatch(name, structuredClone(input));
      return Promise.resolve(structuredClone(result) as Result<CommandOutput<K>>);
    },
    on(name, listener) {
      return backend.onEvent((event: EventName, payload) => {
        if (event === name) listener(structuredClone(payload) as never);
      });
    },
  };
}
