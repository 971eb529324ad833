import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WireEvent } from '../../../../core/api/client.js';
import { createBackendProcess, type BackendProcess, type ChildLike } from '../../../../electron/main/backendProcess.js';
import type { ParentMessage } from '../../../../core/api/wire.js';
import { backendArgs, type BackendLaunch } from '../../../../electron/main/backendProtocol.js';

// The main process's backend client against the real backend bundle (built by
// scripts/electron/build.ts, as `npm start` does) in a real child process, with a real SQLite store. The one
// stand-in is the transport: Electron's utility process is replaced by a Node fork, and
// process.parentPort by a shim over the fork's IPC channel (structured clone, like Electron).

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
// Inside the repo, so the bundle's one external (better-sqlite3) resolves from node_modules.
const outDir = path.join(REPO_ROOT, 'dist', `.electron-test-${process.pid}`);
const bundle = path.join(outDir, 'backend.js');
const shim = path.join(outDir, 'parent-port-shim.mjs');
const dataDir = mkdtempSync(path.join(tmpdir(), 'heard-wire-'));

/** Node's ChildProcess seen as Electron's UtilityProcess. */
class ForkedChild implements ChildLike {
  constructor(readonly child: ChildProcess) {}
  postMessage(message: ParentMessage) {
    this.child.send(message);
  }
  on(event: 'message', listener: (message: unknown) => void): this;
  on(event: 'exit', listener: (code: number) => void): this;
  on(event: 'message' | 'exit', listener: ((message: unknown) => void) | ((code: number) => void)): this {
    if (event === 'exit') this.child.on('exit', (code) => (listener as (code: number) => void)(code ?? 1));
    else this.child.on('message', listener as (message: unknown) => void);
    return this;
  }
  kill() {
    return this.child.kill();
  }
}

function start(launch: BackendLaunch, options: { timeoutMs?: number } = {}) {
  const events: WireEvent[] = [];
  const children: ChildProcess[] = [];
  const logs: string[] = [];
  const backend = createBackendProcess({
    spawn: () => {
      const child = fork(bundle, backendArgs(launch), {
        execArgv: ['--import', pathToFileURL(shim).href],
        serialization: 'advanced',
        stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      });
      children.push(child);
      return new ForkedChild(child);
    },
    onEvent: (event) => events.push(event),
    timeoutMs: options.timeoutMs ?? 10_000,
    restartDelaysMs: [50],
    log: (message) => logs.push(message),
  });
  return { backend, events, children, logs };
}

const running: BackendProcess[] = [];
const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 25));
};

beforeAll(() => {
  const tsx = createRequire(import.meta.url).resolve('tsx/cli');
  execFileSync(process.execPath, [tsx, 'scripts/electron/build.ts', '--only', 'backend.js', '--out-dir', path.relative(REPO_ROOT, outDir)], {
    cwd: REPO_ROOT,
    stdio: 'pipe',
  });
  writeFileSync(
    shim,
    `process.parentPort = {
  on(event, listener) { if (event === 'message') process.on('message', (data) => listener({ data })); },
  postMessage(message) { process.send(message); },
};\n`,
  );
}, 60_000);

afterAll(async () => {
  await Promise.all(running.map((b) => b.stop(2_000)));
  rmSync(outDir, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

describe('main <-> backend utility process (real bundle, real store)', () => {
  it('answers commands, validates them at the boundary, and pushes events', async () => {
    const { backend, events } = start({ dbPath: path.join(dataDir, 'a.sqlite'), version: '9.9.9' });
    running.push(backend);

    expect(await backend.call('app.info', {})).toMatchObject({ ok: true, value: { version: '9.9.9' } });
    expect(await backend.call('app.info', { extra: 1 })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(await backend.call('nope' as never, {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_COMMAND' } });

    expect(await backend.call('links.open', { url: 'tel:+1-415-555-2671' })).toEqual({ ok: true, value: { number: '+14155552671' } });
    backend.requestScreenPop('+14155550100', 'argv');
    await until(() => events.length >= 2);
    expect(events).toEqual([
      { event: 'screenPop.requested', payload: { number: '+14155552671', source: 'link' } },
      { event: 'screenPop.requested', payload: { number: '+14155550100', source: 'argv' } },
    ]);
  });

  it('restarts a backend that was killed, on the same store', async () => {
    const { backend, children } = start({ dbPath: path.join(dataDir, 'b.sqlite') });
    running.push(backend);
    expect(await backend.call('app.info', {})).toMatchObject({ ok: true });
    children[0]?.kill('SIGKILL');
    await until(() => children.length === 2);
    expect(await backend.call('app.info', {})).toMatchObject({ ok: true });
  });

  it('shuts down cleanly on stop', async () => {
    const { backend, children } = start({ dbPath: path.join(dataDir, 'c.sqlite') });
    expect(await backend.call('app.info', {})).toMatchObject({ ok: true });
    await backend.stop(5_000);
    expect(children[0]?.exitCode).toBe(0);
    expect(existsSync(path.join(dataDir, 'c.sqlite'))).toBe(true);
  });

  it('reports why the backend cannot start (here: a native binding that is not there)', async () => {
    const { backend, logs } = start({ dbPath: path.join(dataDir, 'd.sqlite'), nativeBinding: path.join(dataDir, 'missing.node') }, { timeoutMs: 1_000 });
    running.push(backend);
    const result = await backend.call('app.info', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE', message: expect.stringContaining('missing.node') } });
    expect(logs.some((l) => l.includes('could not start'))).toBe(true);
  });
});
