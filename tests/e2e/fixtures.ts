import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';
import type { Database } from 'better-sqlite3';
import { createBackend, type Backend } from '../../electron/backend/backend.js';
import { startBrowserHost } from '../../electron/backend/hosts/wsHost.js';

export type AppFixture = {
  /** Open this in the page: the renderer with its one-time token. */
  url: string;
  origin: string;
  token: string;
  /** The same backend the page talks to, for seeding through real commands. */
  backend: Backend;
  /** Its SQLite store, for seeding with db/queries and checking what was written. */
  db: Database;
  /** Delivers a tel: or heard:// link as a softphone or the OS would. */
  openLink(url: string): Promise<Response>;
};

/**
 * Every test gets its own store file and its own browser-mode host on a free port, so
 * tests are independent and can run in parallel.
 */
export const test = base.extend<{ app: AppFixture }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
  app: async ({}, use) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'heard-e2e-'));
    const backend = createBackend({ dbPath: path.join(dir, 'heard.sqlite'), repName: 'Dana Rep' });
    const host = await startBrowserHost({ backend, staticDir: path.resolve('dist/renderer') });
    await use({
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
    });
    await host.close();
    backend.close();
    rmSync(dir, { recursive: true, force: true });
  },
});

export { expect };
