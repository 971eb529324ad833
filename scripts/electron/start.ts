import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { buildElectron, REPO_ROOT } from './build.js';
import { downloadElectron, downloadSkipped, findElectron } from './electronBinary.js';
import { ensureElectronNativeBinding } from './nativeBinding.js';

// `npm start`: build the renderer and the Electron bundles, make sure there is a
// better-sqlite3 for Electron's ABI, and launch the app. Where Electron cannot run (no
// binary and no way to download it, as in CI sandboxes), say so and start browser mode,
// which runs the same renderer and backend. Arguments after `--` go to the app, e.g.
// `npm start -- --call +14155552671`.

const passthrough = process.argv.slice(2);
const require = createRequire(path.join(REPO_ROOT, 'package.json'));

async function main(): Promise<number> {
  const renderer = spawnSync(process.execPath, [packageFile('vite', 'bin/vite.js'), 'build'], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (renderer.status !== 0) {
    console.error('The renderer build failed (npx vite build); see above.');
    return renderer.status ?? 1;
  }
  await buildElectron();

  let electron = findElectron(REPO_ROOT);
  if (!electron.binary && !downloadSkipped(process.env)) {
    console.log(`Downloading the Electron ${electron.version} binary...`);
    if (downloadElectron(electron)) electron = findElectron(REPO_ROOT);
  }
  if (!electron.binary) {
    return browserMode(
      `The Electron ${electron.version} binary is not installed` +
        (downloadSkipped(process.env) ? ' (ELECTRON_SKIP_BINARY_DOWNLOAD is set)' : ' and could not be downloaded') +
        `.\n  With network access: node node_modules/electron/install.js, then npm start again.`,
    );
  }

  let nativeBinding: string;
  try {
    nativeBinding = await ensureElectronNativeBinding({ root: REPO_ROOT, electronVersion: electron.version });
  } catch (error) {
    return browserMode(
      `better-sqlite3 could not be built for Electron ${electron.version}: ${error instanceof Error ? error.message : String(error)}` +
        `\n  Retry with: npx tsx scripts/electron/nativeBinding.ts`,
    );
  }

  // ELECTRON_RUN_AS_NODE (set by some editors' terminals) would start plain Node instead of the app.
  const { ELECTRON_RUN_AS_NODE: _runAsNode, ...env } = process.env;
  return run(electron.binary, [path.join(REPO_ROOT, 'dist', 'electron', 'main.js'), ...passthrough], {
    ...env,
    HEARD_NATIVE_BINDING: nativeBinding,
  });
}

/** A file inside an installed package, even one its "exports" map does not list (vite's bin). */
function packageFile(name: string, file: string): string {
  return path.join(path.dirname(require.resolve(`${name}/package.json`)), file);
}

function browserMode(why: string): Promise<number> {
  const entry = path.join(REPO_ROOT, 'backend', 'hosts', 'browserMain.ts');
  console.warn(`\n${why}\n  Heard runs in a browser instead: npm run dev:browser (same renderer, same backend).\n`);
  if (!existsSync(entry)) {
    console.error(`Browser mode is not available either (${path.relative(REPO_ROOT, entry)} is missing).`);
    return Promise.resolve(1);
  }
  console.warn('Starting browser mode now.\n');
  return run(process.execPath, [require.resolve('tsx/cli'), entry, ...passthrough], process.env);
}

/** Runs a child in the foreground: its output is ours, Ctrl-C reaches it, its exit code is ours. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: REPO_ROOT, stdio: 'inherit', env });
    // Passed on, so a stop aimed at this process alone (an IDE's stop button) also stops
    // the app. A terminal's Ctrl-C reaches the child twice then; both hosts shut down on
    // the first and ignore the second.
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('error', (error) => {
      console.error(`Could not start ${path.basename(command)}: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
