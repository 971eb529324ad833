import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export type ElectronInstall = {
  /** node_modules/electron */
  dir: string;
  version: string;
  /** The executable, or null when the binary was never downloaded. */
  binary: string | null;
};

/**
 * Finds the Electron binary without `require('electron')`: that entry point downloads the
 * binary as a side effect when it is missing (and throws when it cannot).
 */
export function findElectron(root: string): ElectronInstall {
  const require = createRequire(path.join(root, 'package.json'));
  const dir = path.dirname(require.resolve('electron/package.json'));
  const version = (JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version;
  const pathFile = path.join(dir, 'path.txt');
  let binary: string | null = null;
  if (existsSync(pathFile)) {
    const candidate = path.join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
    if (existsSync(candidate)) binary = candidate;
  }
  return { dir, version, binary };
}

export function downloadSkipped(env: NodeJS.ProcessEnv): boolean {
  const value = (env.ELECTRON_SKIP_BINARY_DOWNLOAD ?? '').toLowerCase();
  return value !== '' && value !== '0' && value !== 'false';
}

/** Runs Electron's own installer (node_modules/electron/install.js); true when the binary is there afterwards. */
export function downloadElectron(install: ElectronInstall): boolean {
  const result = spawnSync(process.execPath, [path.join(install.dir, 'install.js')], { stdio: 'inherit', timeout: 10 * 60_000 });
  return result.status === 0 && findElectron(path.resolve(install.dir, '..', '..')).binary !== null;
}
