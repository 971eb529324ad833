import { BACKEND_FLAGS } from '../../core/api/wire.js';

// How main starts the backend's utility process. The messages between the two, and the
// flag names, are declared once in core/api/wire.ts (the backend's side,
// backend/hosts/utilityServe.ts, reads them from there too); a contract test runs both
// ends against each other.

export type BackendLaunch = {
  dbPath: string;
  nativeBinding?: string | undefined;
  version?: string | undefined;
  /** The team's custom scripts folder (*.json). */
  scriptsDir?: string | undefined;
};

/** The utility process's arguments (parsed by utilityServe.ts); the same entry can be started by hand with them. */
export function backendArgs(launch: BackendLaunch): string[] {
  const args = [`--${BACKEND_FLAGS.dbPath}`, launch.dbPath];
  if (launch.nativeBinding) args.push(`--${BACKEND_FLAGS.nativeBinding}`, launch.nativeBinding);
  if (launch.version) args.push(`--${BACKEND_FLAGS.appVersion}`, launch.version);
  if (launch.scriptsDir) args.push(`--${BACKEND_FLAGS.scriptsDir}`, launch.scriptsDir);
  return args;
}
