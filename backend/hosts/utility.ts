import { createBackend, type Backend } from '../backend.js';
import { VAULT_KEY_ENV } from '../../core/api/wire.js';
import { parseUtilityConfig, serveBackend, type ParentPortLike } from './utilityServe.js';

// The first host: the backend in Electron's utilityProcess (electron/main/backendProcess.ts
// forks this file, bundled as dist/backend.js). The store lives here, off the
// main process, so a slow query never freezes the window and a crash here is restarted.

// Typed locally rather than through Electron's types: the backend has no Electron
// dependency, and this is the one place that knows it runs inside Electron.
const port = (process as NodeJS.Process & { parentPort?: ParentPortLike }).parentPort;
if (!port) {
  console.error('This is the Electron utility-process entry of the backend. Browser mode runs backend/hosts/browserMain.ts.');
  process.exit(1);
}

const backend = start(port);
if (backend) serveBackend(port, backend, (code) => process.exit(code));

function start(parent: ParentPortLike): Backend | null {
  try {
    const config = parseUtilityConfig(process.argv.slice(2), process.env);
    // Read once, then gone: nothing this process starts later inherits the key.
    delete process.env[VAULT_KEY_ENV];
    return createBackend(config);
  } catch (error) {
    // Told to main first, so the window can say why instead of only "unavailable".
    const reason = error instanceof Error ? error.message : String(error);
    console.error('[backend] could not start', error);
    parent.postMessage({ fatal: reason });
    // A moment for the message to leave before the process goes.
    setTimeout(() => process.exit(1), 200);
    return null;
  }
}
