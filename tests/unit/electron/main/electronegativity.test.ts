import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// The security gate of `npm test`, run as npm runs it, on small fixture apps: it must fail
// on a HIGH finding, and a waiver must hold only for the exact code it was written for.
// (The real electron/ folder is scanned by `npm test` itself.)

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
const tsx = createRequire(import.meta.url).resolve('tsx/cli');
const fixtures = mkdtempSync(path.join(tmpdir(), 'heard-eng-'));
afterAll(() => rmSync(fixtures, { recursive: true, force: true }));

/** Runs the gate on a fixture app; async, so the cases (a few seconds each) run side by side. */
function scan(files: Record<string, string>): Promise<{ status: number | null; output: string }> {
  const dir = mkdtempSync(path.join(fixtures, 'app-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return new Promise((resolve) => {
    execFile(process.execPath, [tsx, 'scripts/electron/electronegativity.ts', dir], { cwd: REPO_ROOT }, (error, stdout, stderr) => {
      resolve({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, output: `${stdout}${stderr}` });
    });
  });
}

const navigationLimits = `app.on('web-contents-created', (_e, c) => { c.on('will-navigate', (e) => e.preventDefault()); c.setWindowOpenHandler(() => ({ action: 'deny' })); });\n`;

// Each run starts tsx and the linter (several seconds on a busy machine): a generous limit.
describe.concurrent('scripts/electron/electronegativity.ts', { timeout: 60_000 }, () => {
  it('fails on a high-severity finding', async () => {
    const { status, output } = await scan({
      'main/main.ts': `import { app, BrowserWindow } from 'electron';\n${navigationLimits}new BrowserWindow({ webPreferences: { contextIsolation: false } });\n`,
    });
    expect(status).toBe(1);
    expect(output).toMatch(/BLOCKING\s+HIGH\s+CONTEXT_ISOLATION_JS_CHECK/);
  });

  it('accepts the reviewed false positive: window options built by mainWindowOptions()', async () => {
    const { status, output } = await scan({
      'main/main.ts': `import { app, BrowserWindow } from 'electron';\nimport { mainWindowOptions } from '../window.js';\n${navigationLimits}const win = new BrowserWindow(mainWindowOptions('/p.cjs'));\n`,
    });
    expect(output).toMatch(/reviewed\s+HIGH\s+CONTEXT_ISOLATION_JS_CHECK/);
    expect(status).toBe(0);
  });

  it('does not stretch that waiver to other code in the same file', async () => {
    const { status } = await scan({
      'main/main.ts': `import { app, BrowserWindow } from 'electron';\n${navigationLimits}const win = new BrowserWindow(options);\n`,
    });
    expect(status).toBe(1);
  });
});
