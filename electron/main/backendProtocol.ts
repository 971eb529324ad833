import type { WireEvent, WireRequest, WireResponse } from '../../core/api/client.js';
import type { Result } from '../../core/api/result.js';

// Messages between the main process and the backend utility process. The backend's side
// (backend/hosts/utilityServe.ts) parses what it receives on its own; a contract
// test runs both ends against each other. Each side validates what arrives, because a
// message crossing a process boundary is data, not a promise kept by the type checker.

export type ScreenPopSource = 'argv' | 'link' | 'softphone';

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

export function parseChildMessage(message: unknown): ChildMessage | null {
  if (typeof message !== 'object' || message === null) return null;
  const m = message as Record<string, unknown>;
  if (m.ready === true) return { ready: true };
  if (typeof m.fatal === 'string') return { fatal: m.fatal };
  if (typeof m.id === 'number' && isResult(m.result)) return { id: m.id, result: m.result };
  if (typeof m.event === 'string' && 'payload' in m) return { event: m.event, payload: m.payload };
  return null;
}

function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  if (r.ok === true) return 'value' in r;
  if (r.ok !== false || typeof r.error !== 'object' || r.error === null) return false;
  const error = r.error as Record<string, unknown>;
  return typeof error.code === 'string' && typeof error.message === 'string';
}

export type BackendLaunch = {
  dbPath: string;
  nativeBinding?: string | undefined;
  version?: string | undefined;
  /** The team's custom scripts folder (*.json). */
  scriptsDir?: string | undefined;
};

/** The utility process's arguments (parsed by utilityServe.ts); the same entry can be started by hand with them. */
export function backendArgs(launch: BackendLaunch): string[] {
  const args = ['--db-path', launch.dbPath];
  if (launch.nativeBinding) args.push('--native-binding', launch.nativeBinding);
  if (launch.version) args.push('--app-version', launch.version);
  if (launch.scriptsDir) args.push('--scripts-dir', launch.scriptsDir);
  return args;
}
