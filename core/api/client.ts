import type { CommandInput, CommandName, CommandOutput } from './commands.js';
import type { EventName, EventPayload } from './events.js';
import type { Result } from './result.js';

/**
 * What every host gives its caller: the Electron preload bridge, the browser-mode
 * WebSocket client and the in-process host for tests all have this shape.
 */
export type ApiClient = {
  call<K extends CommandName>(name: K, input: CommandInput<K>): Promise<Result<CommandOutput<K>>>;
  on<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void): () => void;
};

export type { WireEvent, WireRequest, WireResponse } from './wire.js';
