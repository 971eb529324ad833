import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../../db/open.js';

// DESIGN.md, Sync: "A kill -9 leaves all or none." A real child process writes through the
// backend's dispatch in a loop and is killed with SIGKILL at a random moment, ten times on
// the same store; after each kill the store must be intact, every domain row must have its
// change records, and the outbox's seq must have no gap.

const WRITER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'outboxWriter.ts');
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const dir = mkdtempSync(path.join(os.tmpdir(), 'heard-kill-'));
const dbPath = path.join(dir, 'heard.sqlite');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Starts the writer, waits until it has opened the store, lets it write for delayMs, then SIGKILLs it. */
function runAndKill(delayMs: number): Promise<{ rounds: number; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    // Its own process group: npx runs tsx, which runs node, and the kill must reach all of
    // them at once (killing npx alone would leave the writer running as an orphan).
    const child = spawn('npx', ['tsx', WRITER, dbPath], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let out = '';
    let stderr = '';
    let armed = false;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (!armed && out.includes('ready\n')) {
        armed = true;
        setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), delayMs);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (_code, signal) => resolve({ rounds: out.split('\n').filter((l) => l.startsWith('round ')).length, signal, stderr }));
  });
}

function check() {
  const db = openStore(dbPath);
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const seqs = db.prepare('SELECT seq FROM outbox ORDER BY seq').pluck().all() as number[];
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
    const missing = (sql: string) => db.prepare(sql).pluck().all();
    // Every domain row written has its change record(s).
    expect(missing(`SELECT id FROM customers c WHERE NOT EXISTS (SELECT 1 FROM outbox o WHERE o.entity = 'customer' AND o.entity_id = c.id)`)).toEqual([]);
    expect(missing(`SELECT id FROM cases c WHERE NOT EXISTS (SELECT 1 FROM outbox o WHERE o.entity = 'case' AND o.entity_id = c.id)`)).toEqual([]);
    expect(
      missing(`SELECT id FROM calls k WHERE NOT EXISTS (SELECT 1 FROM outbox o WHERE o.entity = 'call_event' AND o.entity_id = k.id AND o.fields ->> 'type' = 'call.started')`),
    ).toEqual([]);
    expect(missing(`SELECT id FROM call_events e WHERE NOT EXISTS (SELECT 1 FROM outbox o WHERE o.entity = 'call_event' AND o.entity_id = e.call_id AND o.fields ->> 'id' = e.id)`)).toEqual([]);
    expect(missing(`SELECT id FROM notes n WHERE NOT EXISTS (SELECT 1 FROM outbox o WHERE o.entity = 'note' AND o.fields ->> 'id' = n.id)`)).toEqual([]);
    expect(missing(`SELECT id FROM commitments m WHERE NOT EXISTS (SELECT 1 FROM outbox o WHERE o.entity = 'commitment' AND o.entity_id = m.id)`)).toEqual([]);
    // And no change record without its row (the other half of "all or none").
    expect(missing(`SELECT entity_id FROM outbox o WHERE o.entity = 'customer' AND NOT EXISTS (SELECT 1 FROM customers c WHERE c.id = o.entity_id)`)).toEqual([]);
    expect(missing(`SELECT o.fields ->> 'id' FROM outbox o WHERE o.entity = 'call_event' AND NOT EXISTS (SELECT 1 FROM call_events e WHERE e.id = o.fields ->> 'id')`)).toEqual([]);
    return { outbox: seqs.length, customers: db.prepare('SELECT count(*) FROM customers').pluck().get() as number };
  } finally {
    db.close();
  }
}

describe('kill -9 in the middle of writes', () => {
  it('leaves the store intact with every row and its outbox entries, and no gap in seq, ten times over', async () => {
    let last = { outbox: 0, customers: 0 };
    for (let i = 0; i < 10; i++) {
      const { signal, stderr } = await runAndKill(30 + Math.floor(Math.random() * 250));
      expect(stderr).not.toMatch(/Error: (customers|call)\./);
      expect(signal).toBe('SIGKILL');
      const now = check();
      expect(now.outbox).toBeGreaterThanOrEqual(last.outbox);
      last = now;
    }
    expect(last.customers).toBeGreaterThan(0);
  }, 180_000);
});
