import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';
import type { Database } from 'better-sqlite3';
import { createBackend, type Backend } from '../../backend/backend.js';
import { startBrowserHost } from '../../backend/hosts/wsHost.js';
import { ManualClock } from '../../backend/testing/manualClock.js';

export type AppFixture = {
  /** Custom script files (JSON) put here are read by scripts.list; empty at the start. */
  scriptsDir: string;
  /** Open this in the page: the renderer with its one-time token. */
  url: string;
  origin: string;
  token: string;
  /** The same backend the page talks to, for seeding through real commands. */
  backend: Backend;
  /** Its SQLite store, for seeding with db/tables (tests/unit/db/save.ts) and checking what was written. */
  db: Database;
  /** Delivers a tel: or heard:// link as a softphone or the OS would. */
  openLink(url: string): Promise<Response>;
};

/** What `app` also has: control of the backend's time when the test asked for a manual clock. */
export type TimedAppFixture = AppFixture & {
  /** The backend's clock and timer scheduler with `test.use({ manualClock: ... })`; null on the real clock. */
  clock: ManualClock | null;
  /**
   * Moves the backend's time forward by ms at once, running every backend timer that falls
   * due on the way at its exact due time (hold prompts, promises falling due); their events
   * are on the socket when this returns. Only with a manual clock: it throws otherwise.
   */
  advance(ms: number): void;
};

export type AppOptions = {
  /**
   * Run the backend on a ManualClock: true starts it at the real time now, a number at that
   * time (ms since the epoch). Time then moves only by app.advance(ms). Default false: the
   * system clock and real timers.
   */
  manualClock: boolean | number;
};

export type DeskOptions = {
  /** Who is signed in on this desk (stamped on calls, notes and case edits). */
  repName?: string;
  clock?: ManualClock | null;
};

/**
 * One desk: its own store file and its own browser-mode host on a free port. The `app`
 * fixture is one; a test of several desks (sync) starts more and closes them itself.
 */
export async function startDesk(options: DeskOptions = {}): Promise<AppFixture & { close(): Promise<void> }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'heard-e2e-'));
  const clock = options.clock ?? null;
  const scriptsDir = path.join(dir, 'scripts');
  mkdirSync(scriptsDir);
  const backend = createBackend({ dbPath: path.join(dir, 'heard.sqlite'), repName: options.repName ?? 'Dana Rep', scriptsDir, ...(clock ? { clock } : {}) });
  const host = await startBrowserHost({ backend, staticDir: path.resolve('dist/renderer') });
  return {
    scriptsDir,
    url: host.url,
    origin: host.origin,
    token: host.token,
    backend,
    db: backend.context.db,
    openLink: (url) =>
      fetch(`${host.origin}/api/link`, {
        method: 'POST',
        headers: { authorization: `Bearer ${host.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ url }),
      }),
    async close() {
      await host.close();
      // A sync round in flight outlives SyncLoop.close() and writes its outcome to the
      // store; let it end before the store closes under it.
      backend.context.sync.close();
      while (backend.context.sync.busy) await new Promise((resolve) => setTimeout(resolve, 10));
      backend.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Every test gets its own desk (store file and browser-mode host on a free port), so tests
 * are independent and can run in parallel.
 */
export const test = base.extend<AppOptions & { app: TimedAppFixture }>({
  manualClock: [false, { option: true }],
  app: async ({ manualClock }, use) => {
    const clock = manualClock === false ? null : new ManualClock(manualClock === true ? Date.now() : manualClock);
    const { close, ...desk } = await startDesk({ clock });
    await use({
      ...desk,
      clock,
      advance(ms) {
        if (!clock) throw new Error('app.advance needs a manual clock: test.use({ manualClock: true }).');
        clock.advance(ms);
      },
    });
    await close();
  },
});

export { expect };
