import type { CommandName } from '../../core/api/commands.js';
import { fail, type Result } from '../../core/api/result.js';
import { parseChildMessage, type ParentMessage, type ScreenPopSource, type WireEvent } from '../../core/api/wire.js';

/** Electron's UtilityProcess, as far as this needs it; a test passes a stand-in over a MessageChannel. */
export type ChildLike = {
  postMessage(message: ParentMessage): void;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  kill(): boolean;
};

export type BackendProcessOptions = {
  spawn(): ChildLike;
  onEvent(event: WireEvent): void;
  /** How long a command may take before the caller gets UNAVAILABLE. */
  timeoutMs?: number;
  /** Waits before each restart after a crash; the last one repeats. */
  restartDelaysMs?: readonly number[];
  /** A child that lived this long before dying starts the back-off from the beginning again. */
  stableMs?: number;
  log?(message: string): void;
  now?(): number;
};

export type BackendProcess = {
  call(name: CommandName, input: unknown): Promise<Result<unknown>>;
  requestScreenPop(number: string, source: ScreenPopSource): void;
  /** Asks the backend to close its store and exit; kills it if it has not within graceMs. */
  stop(graceMs?: number): Promise<void>;
};

type Pending = { resolve(result: Result<unknown>): void; timer: ReturnType<typeof setTimeout> };

/**
 * The backend in its utility process, seen from main: requests are correlated with
 * replies by id, each with a timeout, and a crashed backend is started again with a
 * back-off. Messages sent before the backend says it is ready wait in an outbox; a request
 * already handed to a backend that then died is answered UNAVAILABLE rather than re-sent,
 * because it may have been written before the crash.
 */
export function createBackendProcess(options: BackendProcessOptions): BackendProcess {
  const timeoutMs = options.timeoutMs ?? 15_000;
  const delays = options.restartDelaysMs ?? [250, 1_000, 5_000, 15_000];
  const stableMs = options.stableMs ?? 30_000;
  const log = options.log ?? ((message: string) => console.error(message));
  const now = options.now ?? Date.now;

  const pending = new Map<number, Pending>();
  const inFlight = new Set<number>();
  let outbox: ParentMessage[] = [];
  let nextId = 1;
  let child: ChildLike | null = null;
  let ready = false;
  let stopped = false;
  let crashes = 0;
  let startedAt = 0;
  let lastFatal = '';
  let restartTimer: ReturnType<typeof setTimeout> | null = null;
  let exited: (() => void) | null = null;

  const unavailable = (why: string) =>
    fail('UNAVAILABLE', lastFatal ? `The Heard backend is not running: ${lastFatal}` : `The Heard backend ${why}. Try again in a moment.`);

  function settle(id: number, result: Result<unknown>) {
    const entry = pending.get(id);
    if (!entry) return;
    clearTimeout(entry.timer);
    pending.delete(id);
    inFlight.delete(id);
    entry.resolve(result);
  }

  function post(message: ParentMessage) {
    if (child && ready) {
      if ('id' in message) inFlight.add(message.id);
      child.postMessage(message);
    } else outbox.push(message);
  }

  function start() {
    restartTimer = null;
    ready = false;
    startedAt = now();
    let current: ChildLike;
    try {
      current = options.spawn();
    } catch (error) {
      lastFatal = `it could not be started (${String(error)})`;
      log(`[backend] ${lastFatal}`);
      scheduleRestart();
      return;
    }
    child = current;
    current.on('message', (raw) => {
      if (child !== current) return; // a late message from a child already replaced
      const message = parseChildMessage(raw);
      if (!message) return log('[backend] ignored a malformed message');
      if ('ready' in message) {
        ready = true;
        lastFatal = '';
        const queued = outbox;
        outbox = [];
        for (const m of queued) post(m);
      } else if ('fatal' in message) {
        // Usually not transient (wrong native binding, a store newer than the app): say so
        // now instead of letting every waiting request run into its timeout.
        lastFatal = message.fatal;
        log(`[backend] could not start: ${message.fatal}`);
        outbox = outbox.filter((m) => !('id' in m));
        for (const id of [...pending.keys()]) settle(id, unavailable('could not start'));
      } else if ('id' in message) settle(message.id, message.result);
      else options.onEvent(message);
    });
    current.on('exit', (code) => {
      if (child !== current) return;
      child = null;
      ready = false;
      for (const id of [...inFlight]) settle(id, unavailable('stopped while handling this request; it may or may not have been saved'));
      if (stopped) {
        exited?.();
        return;
      }
      log(`[backend] exited with code ${code}; restarting`);
      if (now() - startedAt >= stableMs) crashes = 0;
      scheduleRestart();
    });
  }

  function scheduleRestart() {
    if (stopped) return;
    const delay = delays[Math.min(crashes, delays.length - 1)] ?? 1_000;
    crashes++;
    restartTimer = setTimeout(start, delay);
  }

  start();

  return {
    call(name, input) {
      if (stopped) return Promise.resolve(unavailable('has shut down'));
      // While it keeps failing to start, answer at once; a restart that works clears lastFatal.
      if (lastFatal && !ready) return Promise.resolve(unavailable('could not start'));
      const id = nextId++;
      return new Promise<Result<unknown>>((resolve) => {
        const timer = setTimeout(() => settle(id, unavailable('did not answer in time')), timeoutMs);
        pending.set(id, { resolve, timer });
        post({ id, name, input });
      });
    },
    requestScreenPop(number, source) {
      if (!stopped) post({ screenPop: { number, source } });
    },
    stop(graceMs = 2_000) {
      if (stopped) return Promise.resolve();
      stopped = true;
      if (restartTimer) clearTimeout(restartTimer);
      outbox = [];
      for (const id of [...pending.keys()]) settle(id, unavailable('has shut down'));
      const running = child;
      if (!running) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const killTimer = setTimeout(() => {
          running.kill();
          resolve();
        }, graceMs);
        exited = () => {
          clearTimeout(killTimer);
          resolve();
        };
        if (ready) running.postMessage({ shutdown: true });
        else running.kill();
      });
    },
  };
}
