import { parseArgs } from 'node:util';
import type { CountryCode } from 'libphonenumber-js';
import type { Backend } from '../backend.js';
import type { BackendConfig, BackendContext } from '../context.js';
import { keyVault } from '../sync/vault.js';

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

const SOURCES = ['argv', 'link', 'softphone'] as const;
type ScreenPopSource = (typeof SOURCES)[number];

type ParentMessage =
  | { kind: 'request'; id: number; name: unknown; input: unknown }
  | { kind: 'screenPop'; number: string; source: ScreenPopSource }
  | { kind: 'shutdown' };

function isSource(value: unknown): value is ScreenPopSource {
  return (SOURCES as readonly unknown[]).includes(value);
}

export function parseParentMessage(message: unknown): ParentMessage | null {
  if (typeof message !== 'object' || message === null) return null;
  const m = message as Record<string, unknown>;
  if (typeof m.id === 'number' && Number.isSafeInteger(m.id)) return { kind: 'request', id: m.id, name: m.name, input: m.input };
  if (m.shutdown === true) return { kind: 'shutdown' };
  const pop = m.screenPop as Record<string, unknown> | undefined;
  if (typeof pop === 'object' && pop !== null && typeof pop.number === 'string' && isSource(pop.source)) {
    // Bounded like every phone input; the screen pop itself reads and validates the number.
    return { kind: 'screenPop', number: pop.number.slice(0, 100), source: pop.source };
  }
  return null;
}

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
      'db-path': { type: 'string' },
      'native-binding': { type: 'string' },
      'app-version': { type: 'string' },
      country: { type: 'string' },
      rep: { type: 'string' },
      'scripts-dir': { type: 'string' },
    },
    strict: false,
    allowPositionals: true,
  });
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
  const dbPath = text(values['db-path']) ?? text(env.HEARD_DB);
  if (!dbPath) throw new Error('No store path: pass --db-path <file> (or set HEARD_DB).');
  const country = text(values.country) ?? text(env.HEARD_COUNTRY);
  const config: BackendConfig = { dbPath };
  const nativeBinding = text(values['native-binding']) ?? text(env.HEARD_NATIVE_BINDING);
  if (nativeBinding) config.nativeBinding = nativeBinding;
  const version = text(values['app-version']);
  if (version) config.version = version;
  if (country && /^[A-Z]{2}$/.test(country)) config.defaultCountry = country as CountryCode;
  const rep = text(values.rep) ?? text(env.HEARD_REP);
  if (rep) config.repName = rep;
  const scriptsDir = text(values['scripts-dir']) ?? text(env.HEARD_SCRIPTS);
  if (scriptsDir) config.scriptsDir = scriptsDir;
  // The safeStorage-protected key main unsealed for the token vault (electron/main/vaultKey.ts).
  // Without it (safeStorage unavailable) the token falls back to the local store, as in browser mode.
  const key = text(env[VAULT_KEY_ENV]);
  if (key && /^[0-9a-f]{64}$/.test(key)) config.sync = { vault: keyVault(Buffer.from(key, 'hex')) };
  return config;
}

/** How main hands the vault key to the utility process; the utility drops it from its env at start. */
export const VAULT_KEY_ENV = 'HEARD_VAULT_KEY';
