import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, rename, rm, stat, writeFile, copyFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { nativeBindingDir, NATIVE_BINDING_FILE } from '../../electron/main/paths.js';
import { findElectron } from './electronBinary.js';

// better-sqlite3 for Electron's ABI, built beside node_modules rather than in it: tests
// and the server keep loading node_modules/better-sqlite3 with Node's ABI, the app loads
// .native/electron-<version>-<platform>-<arch>/better_sqlite3.node through the
// nativeBinding option. So `npm start` and `npm test` work in any order.

export type NativeTarget = { root: string; electronVersion: string; platform?: string; arch?: string };

export async function ensureElectronNativeBinding(target: NativeTarget): Promise<string> {
  const platform = target.platform ?? process.platform;
  const arch = target.arch ?? process.arch;
  const outDir = nativeBindingDir(target.root, target.electronVersion, platform, arch);
  const outFile = path.join(outDir, NATIVE_BINDING_FILE);
  if (existsSync(outFile) && (await stat(outFile)).size > 0) return outFile;
  if (platform !== process.platform) {
    throw new Error(`A ${platform} binding cannot be compiled on ${process.platform}; build it on a ${platform} machine.`);
  }

  const require = createRequire(path.join(target.root, 'package.json'));
  const source = path.dirname(require.resolve('better-sqlite3/package.json'));
  const nodeGyp = require.resolve('node-gyp/bin/node-gyp.js');
  const nativeRoot = path.join(target.root, '.native');
  const work = path.join(nativeRoot, 'work', `better-sqlite3-${target.electronVersion}-${platform}-${arch}`);

  await mkdir(nativeRoot, { recursive: true });
  // The folder ignores itself, so nothing here needs a line in the root .gitignore.
  await writeFile(path.join(nativeRoot, '.gitignore'), '*\n');
  await rm(work, { recursive: true, force: true });
  try {
    // A copy without build/: node_modules/better-sqlite3 keeps its Node-ABI binary untouched.
    await cp(source, work, { recursive: true, filter: (file) => path.relative(source, file).split(path.sep)[0] !== 'build' });
    await compile(nodeGyp, work, target.electronVersion, arch);
    await mkdir(outDir, { recursive: true });
    // Copied under a temporary name and renamed, so an interrupted copy never looks finished.
    const partial = `${outFile}.partial`;
    await copyFile(path.join(work, 'build', 'Release', NATIVE_BINDING_FILE), partial);
    await rename(partial, outFile);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  return outFile;
}

async function compile(nodeGyp: string, work: string, electronVersion: string, arch: string): Promise<void> {
  console.log(`Building better-sqlite3 for Electron ${electronVersion} (${process.platform}-${arch}); this takes a minute or two, once.`);
  const args = [nodeGyp, 'rebuild', '--release', `--target=${electronVersion}`, `--arch=${arch}`, '--dist-url=https://electronjs.org/headers'];
  const result = spawnSync(process.execPath, args, { cwd: work, stdio: 'inherit', env: gypEnv(process.env) });
  if (result.status !== 0) {
    throw new Error(`node-gyp failed (exit ${result.status ?? result.signal}); it needs a C++ toolchain and Electron's headers from electronjs.org.`);
  }
}

/**
 * npm passes its config to scripts as npm_config_* variables, and node-gyp obeys them:
 * an npmrc `nodedir` (or target, disturl, runtime) would silently build against Node's
 * headers instead of Electron's. Only network settings are kept.
 */
export function gypEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const keep = /^npm_config_(https?_proxy|proxy|noproxy|no_proxy|cafile|strict_ssl)$/i;
  return Object.fromEntries(Object.entries(env).filter(([key]) => !/^npm_config_/i.test(key) || keep.test(key)));
}

// `tsx scripts/electron/nativeBinding.ts [--arch arm64] [--stage <dir>]`: build it ahead of
// `npm start`, or (with --stage) copy it where electron-builder picks it up for packaging.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  const flag = (name: string) => {
    const at = process.argv.indexOf(name);
    return at > 0 ? process.argv[at + 1] : undefined;
  };
  const arch = flag('--arch');
  const stage = flag('--stage');
  ensureElectronNativeBinding({ root, electronVersion: findElectron(root).version, ...(arch ? { arch } : {}) })
    .then(async (file) => {
      if (stage) {
        await mkdir(path.resolve(root, stage), { recursive: true });
        await copyFile(file, path.join(path.resolve(root, stage), NATIVE_BINDING_FILE));
      }
      console.log(file);
    })
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
