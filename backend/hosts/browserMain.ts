import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { CountryCode } from 'libphonenumber-js';
import { callFromArgv } from '../../core/links/callLink.js';
import { createBackend } from '../backend.js';
import { startBrowserHost } from './wsHost.js';

// `npm run dev:browser`: the whole app in a browser. The backend runs here in Node, the
// renderer is the same build the Electron app loads, and they talk over a loopback socket.

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.HEARD_PORT ?? '5176' },
    db: { type: 'string', default: process.env.HEARD_DB ?? '.data/heard.sqlite' },
    static: { type: 'string', default: 'dist/renderer' },
    country: { type: 'string', default: process.env.HEARD_COUNTRY ?? 'US' },
    rep: { type: 'string', default: process.env.HEARD_REP ?? process.env.USER ?? 'Rep' },
    scripts: { type: 'string', default: process.env.HEARD_SCRIPTS ?? '.data/scripts' },
    call: { type: 'string' },
    open: { type: 'boolean', default: !process.env.CI },
  },
  allowPositionals: true,
  strict: false,
});

const staticDir = path.resolve(String(values.static));
if (!existsSync(path.join(staticDir, 'index.html'))) {
  console.error(`No renderer build in ${staticDir}. Run "npx vite build" first (npm run dev:browser does it for you).`);
  process.exit(1);
}
const dbPath = path.resolve(String(values.db));
mkdirSync(path.dirname(dbPath), { recursive: true });

const backend = createBackend({
  dbPath,
  defaultCountry: String(values.country) as CountryCode,
  repName: String(values.rep),
  scriptsDir: path.resolve(String(values.scripts)),
});
const fromArgs = values.call ? { number: String(values.call), source: 'argv' as const } : callFromArgv(process.argv.slice(2));
const host = await startBrowserHost({
  backend,
  staticDir,
  port: Number(values.port),
  ...(fromArgs ? { initialPop: fromArgs } : {}),
});

console.log(`Heard is running in browser mode (store: ${dbPath}).`);
console.log(`Open: ${host.url}`);
console.log(`A softphone can pop a call: curl -X POST -H "Authorization: Bearer ${host.token}" -d '{"url":"tel:+14155552671"}' ${host.origin}/api/link`);
if (values.open) openInBrowser(host.url);

function openInBrowser(url: string) {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  const child = spawn(command, [url], { stdio: 'ignore', detached: true });
  child.on('error', () => console.log('(Could not open a browser by itself; open the address above.)'));
  child.unref();
}

const shutdown = () => {
  void host.close().then(() => {
    backend.close();
    process.exit(0);
  });
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
