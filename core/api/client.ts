import type { CommandName, EventName } from './names.js';
import type { CommandInput, CommandOutput } from './commands.js';
import type { EventPayload } from './events.js';
import type { Result } from './result.js';

/**
 * What every host gives its caller: the Electron preload bridge, the browser-mode
 * WebSocket client and the in-process host for tests all have this shape.
 */
export type ApiClient = {
  call<K extends CommandName>(name: K, input: CommandInput<K>): Promise<Result<CommandOutput<K>>>;
  on<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void): () => void;
};

/** The untyped wire form used between processes; validated on arrival. */
export type WireRequest = { id: number; name: string; input: unknown };
export type WireResponse = { id: number; result: Result<unknown> };
export type WireEvent = { event: string; payload: unknown };
