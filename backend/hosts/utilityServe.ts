import { parseArgs } from 'node:util';
import type { CountryCode } from 'libphonenumber-js';
import type { Backend } from '../backend.js';
import type { BackendConfig, BackendContext } from '../context.js';
import { keyVault } from '../sync/vault.js';
import { BACKEND_FLAGS as F, parseParentMessage, VAULT_KEY_ENV } from '../../core/api/wire.js';

// The backend's side of the main <-> utility process messages. The main process has its
// own parser for what it receives (electron/main/backendProtocol.ts); each side checks
// what arrives, and tests/unit/backendWire.test.ts runs the two together.

/** Electron's process.parentPort in a utility process: messages arrive as { data }. */
export type ParentPortLike = {
  on(event: 'message', listener: (event: { data: unknown }) => void): unknown;
  postMessage(message: unknown): void;
};

/** What the host needs of the backend. */
export type ServedBackend = Pick<Backend, 'dispatch' | 'onEvent' | 'close'> & { context: Pick<BackendContext, 'emit'> };

/**
 * Serves the backend over the parent port: requests answered with { id, result } from
 * dispatch (which validates and never throws), events forwarded as { event, payload },
 * { ready: true } once listening so main can send what it queued meanwhile.
 */
export function serveBackend(port: ParentPortLike, backend: ServedBackend, exit: (code: number) => void): void {
  backend.onEvent((event, payload) => port.postMessage({ event, payload }));
  port.on('message', ({ data }) => {
    const message = parseParentMessage(data);
    if (!message) return;
    if (message.kind === 'request') port.postMessage({ id: message.id, result: backend.dispatch(message.name, message.input) });
    else if (message.kind === 'screenPop') backend.context.emit('screenPop.requested', { number: message.number, source: message.source });
    else {
      backend.close();
      exit(0);
    }
  });
  port.postMessage({ ready: true });
}

/**
 * The backend's configuration from its arguments (see backendArgs in
 * electron/main/backendProtocol.ts), with HEARD_* environment variables as fallbacks for
 * starting it by hand.
 */
export function parseUtilityConfig(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): BackendConfig {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      [F.dbPath]: { type: 'string' },
      [F.nativeBinding]: { type: 'string' },
      [F.appVersion]: { type: 'string' },
      [F.country]: { type: 'string' },
      [F.rep]: { type: 'string' },
      [F.scriptsDir]: { type: 'string' },
    },
    strict: false,
    allowPositionals: true,
  });
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
  const dbPath = text(values[F.dbPath]) ?? text(env.HEARD_DB);
  if (!dbPath) throw new Error('No store path: pass --db-path <file> (or set HEARD_DB).');
  const country = text(values[F.country]) ?? text(env.HEARD_COUNTRY);
  const config: BackendConfig = { dbPath };
  const nativeBinding = text(values[F.nativeBinding]) ?? text(env.HEARD_NATIVE_BINDING);
  if (nativeBinding) config.nativeBinding = nativeBinding;
  const version = text(values[F.appVersion]);
  if (version) config.version = version;
  if (country && /^[A-Z]{2}$/.test(country)) config.defaultCountry = country as CountryCode;
  const rep = text(values[F.rep]) ?? text(env.HEARD_REP);
  if (rep) config.repName = rep;
  const scriptsDir = text(values[F.scriptsDir]) ?? text(env.HEARD_SCRIPTS);
  if (scriptsDir) config.scriptsDir = scriptsDir;
  // The safeStorage-protected key main unsealed for the token vault (electron/main/vaultKey.ts).
  // Without it (safeStorage unavailable) the token falls back to the local store, as in browser mode.
  const key = text(env[VAULT_KEY_ENV]);
  if (key && /^[0-9a-f]{64}$/.test(key)) config.sync = { vault: keyVault(Buffer.from(key, 'hex')) };
  return config;
}
