import type { Result } from './result.js';

// The wire between Heard's processes, declared once and free of any schema library, so the
// sandboxed preload (which may import nothing else of the project) and the main process
// use the very same names as the backend: IPC channels, the main <-> utility-process
// messages and their parsers, the utility process's arguments, and the enums they carry.
// Each side still checks what arrives: a message crossing a process boundary is data.

/** IPC channels between the renderer (through the preload) and main. */
export const IPC_CHANNELS = {
  /** renderer -> main, invoke: (name, input) -> Result */
  call: 'heard:call',
  /** main -> renderer: { event, payload } */
  event: 'heard:event',
  /** renderer -> main, send: an event name the page now listens to (flushes buffered events) */
  subscribe: 'heard:subscribe',
} as const;

/** Where a number to pop came from: a tel:/heard: link, the command line, a softphone. */
export const SCREEN_POP_SOURCES = ['link', 'argv', 'softphone'] as const;
export type ScreenPopSource = (typeof SCREEN_POP_SOURCES)[number];

export function isScreenPopSource(value: unknown): value is ScreenPopSource {
  return (SCREEN_POP_SOURCES as readonly unknown[]).includes(value);
}

/**
 * What a command or event name looks like ("domain.verb"): a cheap first check for a side
 * that cannot hold the lists (the preload); whoever dispatches checks the list itself.
 */
export function looksLikeCommandName(name: unknown): name is string {
  return typeof name === 'string' && name.length <= 64 && /^[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*$/.test(name);
}

/** The untyped wire form used between processes; validated on arrival. */
export type WireRequest = { id: number; name: string; input: unknown };
export type WireResponse = { id: number; result: Result<unknown> };
export type WireEvent = { event: string; payload: unknown };

/** A screen-pop number from outside is bounded like every phone input; the pop validates it. */
const MAX_POP_NUMBER = 100;

/** main -> backend */
export type ParentMessage =
  | WireRequest
  /** A number from outside (--call): the backend emits screenPop.requested. Not a command: the renderer cannot send it. */
  | { screenPop: { number: string; source: ScreenPopSource } }
  /** Close the store cleanly (WAL checkpoint) and exit. */
  | { shutdown: true };

/** backend -> main */
export type ChildMessage =
  | { ready: true }
  /** The backend could not start (store would not open, wrong native binding...); it exits next. */
  | { fatal: string }
  | WireResponse
  | WireEvent;

/** The backend's reading of what main sent: a request (its name still unchecked), a screen pop, or shutdown. */
export type ParsedParentMessage =
  | { kind: 'request'; id: number; name: unknown; input: unknown }
  | { kind: 'screenPop'; number: string; source: ScreenPopSource }
  | { kind: 'shutdown' };

export function parseParentMessage(message: unknown): ParsedParentMessage | null {
  if (typeof message !== 'object' || message === null) return null;
  const m = message as Record<string, unknown>;
  if (typeof m.id === 'number' && Number.isSafeInteger(m.id)) return { kind: 'request', id: m.id, name: m.name, input: m.input };
  if (m.shutdown === true) return { kind: 'shutdown' };
  const pop = m.screenPop as Record<string, unknown> | undefined;
  if (typeof pop === 'object' && pop !== null && typeof pop.number === 'string' && isScreenPopSource(pop.source)) {
    return { kind: 'screenPop', number: pop.number.slice(0, MAX_POP_NUMBER), source: pop.source };
  }
  return null;
}

export function parseChildMessage(message: unknown): ChildMessage | null {
  if (typeof message !== 'object' || message === null) return null;
  const m = message as Record<string, unknown>;
  if (m.ready === true) return { ready: true };
  if (typeof m.fatal === 'string') return { fatal: m.fatal };
  if (typeof m.id === 'number' && isResult(m.result)) return { id: m.id, result: m.result };
  if (typeof m.event === 'string' && 'payload' in m) return { event: m.event, payload: m.payload };
  return null;
}

/** Whether a value has the shape of a Result (what every command answers). */
export function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  if (r.ok === true) return 'value' in r;
  if (r.ok !== false || typeof r.error !== 'object' || r.error === null) return false;
  const error = r.error as Record<string, unknown>;
  return typeof error.code === 'string' && typeof error.message === 'string';
}

/** The utility process's command-line flags (main writes them, the backend reads them). */
export const BACKEND_FLAGS = {
  dbPath: 'db-path',
  nativeBinding: 'native-binding',
  appVersion: 'app-version',
  scriptsDir: 'scripts-dir',
  country: 'country',
  rep: 'rep',
} as const;

/** How main hands the token vault's key to the utility process; the utility drops it from its env at start. */
export const VAULT_KEY_ENV = 'HEARD_VAULT_KEY';
