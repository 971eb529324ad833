import { isCommandName, type CommandName } from '../../core/api/commands.js';
import { fail, type Result } from '../../core/api/result.js';
import { IPC_CHANNELS } from '../../core/api/wire.js';
import { isAppUrl } from './appOrigin.js';
import type { EventOutlet } from './eventOutlet.js';

/** Electron's WebFrameMain, as far as the guard needs it. */
export type FrameLike = { readonly url: string; readonly processId?: number; readonly routingId?: number };
export type IpcEventLike = { readonly senderFrame: FrameLike | null };
type IpcListener = (event: IpcEventLike, ...args: unknown[]) => unknown;

/** Electron's ipcMain, as far as the relay needs it; a test passes a small stand-in. */
export type IpcMainLike = {
  handle(channel: string, listener: IpcListener): void;
  removeHandler(channel: string): void;
  on(channel: string, listener: IpcListener): unknown;
  removeListener(channel: string, listener: IpcListener): unknown;
};

export type RelayDeps = {
  /** The main window's main frame now, or null while there is no window. */
  mainFrame(): FrameLike | null;
  /** The backend (utility process); resolves with a Result, never rejects on purpose. */
  call(name: CommandName, input: unknown): Promise<Result<unknown>>;
  outlet: EventOutlet;
};

/**
 * Why a message is refused, or null. Only the main window's own top frame may talk to the
 * backend, and only while it shows app://heard/: not a subframe, not another window, not
 * a page that somehow navigated elsewhere. senderFrame is null once the frame is gone.
 */
export function senderProblem(frame: FrameLike | null, mainFrame: FrameLike | null): string | null {
  if (!frame || !mainFrame || !sameFrame(frame, mainFrame)) return 'Requests are accepted only from the Heard window.';
  if (!isAppUrl(frame.url)) return 'Requests are accepted only from the Heard app page.';
  return null;
}

function sameFrame(a: FrameLike, b: FrameLike): boolean {
  if (a === b) return true;
  return a.processId !== undefined && a.routingId !== undefined && a.processId === b.processId && a.routingId === b.routingId;
}

/** One renderer request, checked and forwarded. Always resolves with a Result: nothing throws across IPC. */
export async function relayCall(deps: RelayDeps, event: IpcEventLike, name: unknown, input: unknown): Promise<Result<unknown>> {
  const problem = senderProblem(event.senderFrame, deps.mainFrame());
  if (problem) return fail('BAD_INPUT', problem);
  if (!isCommandName(name)) return fail('UNKNOWN_COMMAND', `Unknown command ${describeName(name)}.`);
  try {
    return await deps.call(name, input);
  } catch (error) {
    console.error(`[relay] ${name} failed`, error);
    return fail('UNAVAILABLE', 'The Heard backend could not be reached. Try again in a moment.');
  }
}

/** Registers the IPC handlers; returns a function that removes them. */
export function registerRelay(ipc: IpcMainLike, deps: RelayDeps): () => void {
  const onCall: IpcListener = (event, name, input) => relayCall(deps, event, name, input);
  const onSubscribe: IpcListener = (event, name) => {
    if (senderProblem(event.senderFrame, deps.mainFrame()) === null && typeof name === 'string') deps.outlet.subscribe(name);
  };
  ipc.handle(IPC_CHANNELS.call, onCall);
  ipc.on(IPC_CHANNELS.subscribe, onSubscribe);
  return () => {
    ipc.removeHandler(IPC_CHANNELS.call);
    ipc.removeListener(IPC_CHANNELS.subscribe, onSubscribe);
  };
}

function describeName(name: unknown): string {
  return typeof name === 'string' ? JSON.stringify(name.slice(0, 80)) : `(${typeof name})`;
}
