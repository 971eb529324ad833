import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

// Real processes for the kill -9 tests: a TypeScript entry bundled once with esbuild (a
// dependency of tsx), so each of the hundreds of restarts costs a plain `node file.mjs`
// instead of tsx's transform, and each child in its own process group, so SIGKILL reaches
// exactly the process the test started and nothing else.

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export type Bundle = { file: string; dispose: () => void };

/**
 * Bundles entry (repo-relative) into one ES module. The output goes under node_modules so
 * the packages left outside (native modules, pg) resolve from the repo; each call gets its
 * own folder, so test files and concurrent runs in the same checkout never share a file.
 */
export async function bundleEntry(entry: string, external: readonly string[]): Promise<Bundle> {
  const cache = path.join(ROOT, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(path.join(cache, 'heard-fault-'));
  const file = path.join(dir, `${path.basename(entry, '.ts')}.mjs`);
  await build({
    entryPoints: [path.join(ROOT, entry)],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: [...external],
    // Bundled CommonJS packages (fastify, zod's helpers) call require(): give ESM one.
    banner: { js: "import { createRequire as __heardRequire } from 'node:module'; const require = __heardRequire(import.meta.url);" },
    logLevel: 'error',
  });
  return { file, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

export type Child = ChildProcessByStdio<null, Readable, Readable> & { pid: number };

/** Starts `node file ...args` as the leader of a new process group. */
export function spawnGroup(file: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): Child {
  const child = spawn(process.execPath, [file, ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  if (child.pid === undefined) throw new Error(`could not start ${file}`);
  return child as Child;
}

/** SIGKILL to the child's whole group; a group already gone is not an error. */
export function killGroup(child: Child): void {
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

export function exited(child: Child): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

/** Kill counts and history counts for the soak (`npm run test:soak`) or a default. */
export function envCount(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer, got ${JSON.stringify(raw)}`);
  return n;
}
