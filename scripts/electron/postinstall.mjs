// npm postinstall: fetch the Electron binary now, on a machine that has the network for it.
// Electron 45's package no longer downloads at install; without this, the first
// `npm start` would. Plain JavaScript with no dependencies, because it runs before
// anything else is guaranteed to work, and it never fails the install: a missing binary
// only means `npm start` falls back to browser mode and says why.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const skip = (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD ?? '').toLowerCase();
if (skip !== '' && skip !== '0' && skip !== 'false') {
  console.log('[heard] ELECTRON_SKIP_BINARY_DOWNLOAD is set: not downloading Electron (npm start will use browser mode).');
  process.exit(0);
}

try {
  const installer = createRequire(import.meta.url).resolve('electron/install.js');
  const result = spawnSync(process.execPath, [installer], { stdio: 'inherit', timeout: 10 * 60_000 });
  if (result.status !== 0) {
    console.warn(
      `[heard] warning: the Electron binary was not downloaded (${result.error?.message ?? `exit ${result.status ?? result.signal}`}).` +
        '\n[heard] The install continues; retry later with: node node_modules/electron/install.js',
    );
  }
} catch (error) {
  console.warn(`[heard] warning: could not run Electron's installer: ${error instanceof Error ? error.message : String(error)}`);
}
process.exit(0);
