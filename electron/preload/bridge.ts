import type { ApiClient, CommandName, CommandOutput, EventName, EventPayload, Result } from '../../core/api/index.js';
import { IPC_CHANNELS as CHANNELS, isResult, looksLikeCommandName } from '../../core/api/wire.js';

// Only `import type` from core/api/index.js: the values there pull in zod, and a sandboxed
// preload must stay one small file. wire.ts is the zod-free part of the contract made for it.

type IpcListener = (event: unknown, message: unknown) => void;

/** Electron's ipcRenderer, as far as the bridge needs it; a test passes a stand-in. */
export type IpcRendererLike = {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  send(channel: string, ...args: unknown[]): void;
  on(channel: string, listener: IpcListener): unknown;
  removeListener(channel: string, listener: IpcListener): unknown;
};

/**
 * window.heard: the renderer's whole reach into the app. A name must look like a command
 * before anything crosses to main, which checks it against the contract (this only fails
 * fast and cheaply; the preload cannot hold the list without the schemas behind it). The
 * IPC event object never reaches the page, only the payload, so the page cannot get at
 * `event.sender`.
 */
export function createBridge(ipc: IpcRendererLike): ApiClient {
  return {
    call<K extends CommandName>(name: K, input: unknown): Promise<Result<CommandOutput<K>>> {
      if (!looksLikeCommandName(name)) {
        return Promise.resolve(refused('UNKNOWN_COMMAND', `Unknown command ${describe(name)}.`));
      }
      return ipc.invoke(CHANNELS.call, name, input).then(
        (result) => (isResult(result) ? (result as Result<CommandOutput<K>>) : refused('INTERNAL', 'The app sent back an unreadable answer.')),
        () => refused('UNAVAILABLE', 'The Heard backend could not be reached. Try again in a moment.'),
      );
    },
    on<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void): () => void {
      if (!looksLikeCommandName(name)) throw new TypeError(`Unknown event ${describe(name)}.`);
      const onMessage: IpcListener = (_event, message) => {
        if (typeof message !== 'object' || message === null) return;
        const { event, payload } = message as { event?: unknown; payload?: unknown };
        if (event === name) listener(payload as EventPayload<E>);
      };
      ipc.on(CHANNELS.event, onMessage);
      // Tells main this page now listens, so events held since it loaded are delivered.
      ipc.send(CHANNELS.subscribe, name);
      return () => {
        ipc.removeListener(CHANNELS.event, onMessage);
      };
    },
  } satisfies ApiClient;
}

function refused(code: 'UNKNOWN_COMMAND' | 'UNAVAILABLE' | 'INTERNAL', message: string): { ok: false; error: { code: typeof code; message: string } } {
  return { ok: false, error: { code, message } };
}

function describe(name: unknown): string {
  return typeof name === 'string' ? JSON.stringify(name.slice(0, 80)) : `(${typeof name})`;
}
