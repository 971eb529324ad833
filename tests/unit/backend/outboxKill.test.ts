import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../../db/open.js';
import { bundleEntry, envCount, exited, killGroup, spawnGroup, type Bundle } from '../../fault/killProcess.js';

// DESIGN.md, Sync: "A kill -9 leaves all or none." A real child process writes through the
// backend's dispatch in a loop and is killed with SIGKILL at a random moment, a hundred
// times (HEARD_KILLS for the soak), a hundred kills per store. After each kill: every write
// the writer had acknowledged is in the store; the store is intact; every domain row has
// its change records and every change record its row; the outbox's seq has no gap, and no
// outbox entry of an earlier run changed or went missing.

const KILLS = envCount('HEARD_KILLS', 100);
const KILLS_PER_STORE = 100;
/** The kill lands this long after the writer said ready: 0 catches it in its first write. */
const MAX_DELAY_MS = 100;
const ACKED_TABLES = ['customers', 'calls', 'call_events'] as const;
type AckedTable = (typeof ACKED_TABLES)[number];

const dir = mkdtempSync(path.join(os.tmpdir(), 'heard-kill-'));
let writer: Bundle | null = null;
beforeAll(async () => {
  writer = await bundleEntry('tests/unit/backend/fixtures/outboxWriter.ts', ['better-sqlite3']);
}, 60_000);
afterAll(() => {
  writer?.dispose();
  rmSync(dir, { recursive: true, force: true });
});

type Run = { signal: NodeJS.Signals | null; code: number | null; stderr: string; acked: Map<AckedTable, string[]> };

/** Starts the writer, waits until it has opened the store, lets it write for delayMs, then SIGKILLs it. */
async function runAndKill(dbPath: string, delayMs: number): Promise<Run> {
  const child = spawnGroup((writer as Bundle).file, [dbPath]);
  let out = '';
  let stderr = '';
  let armed = false;
  // A writer that never gets ready (a store it cannot open) fails the test, not hangs it.
  const stuck = setTimeout(() => killGroup(child), 60_000);
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    if (!armed && out.startsWith('ready\n')) {
      armed = true;
      clearTimeout(stuck);
      setTimeout(() => killGroup(child), delayMs);
    }
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const { code, signal } = await exited(child);
  clearTimeout(stuck);
  // Only whole lines: a line cut by the kill was never fully acknowledged.
  const acked = new Map<AckedTable, string[]>(ACKED_TABLES.map((t) => [t, []]));
  const lines = out.split('\n').slice(0, -1);
  for (const line of lines.slice(1)) {
    const [table, id] = line.split(' ') as [AckedTable, string];
    acked.get(table)?.push(id);
  }
  return { signal, code, stderr, acked };
}

type OutboxRow = { seq: number; id: string; entity: string; entityId: string; fields: string };

const ids = (db: Database, sql: string): Set<string> => new Set(db.prepare(sql).pluck().all() as string[]);
const missingFrom = (wanted: Iterable<string>, have: Set<string>): string[] => [...wanted].filter((id) => !have.has(id));

/** Checks the store after a kill; returns its outbox ids in seq order for the next round. */
function check(dbPath: string, acked: Map<AckedTable, string[]>, before: readonly string[]): string[] {
  const db = openStore(dbPath);
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const outbox = db.prepare(`SELECT seq, id, entity, entity_id AS entityId, fields FROM outbox ORDER BY seq`).all() as OutboxRow[];
    expect(outbox.map((r) => r.seq), 'outbox seq gapless from 1').toEqual(outbox.map((_, i) => i + 1));
    const now = outbox.map((r) => r.id);
    expect(now.slice(0, before.length), 'earlier outbox entries unchanged').toEqual(before);

    const tables = { customers: ids(db, 'SELECT id FROM customers'), calls: ids(db, 'SELECT id FROM calls'), call_events: ids(db, 'SELECT id FROM call_events') };
    // No acknowledged write lost.
    for (const table of ACKED_TABLES) expect(missingFrom(acked.get(table) ?? [], tables[table]), `acknowledged ${table} lost`).toEqual([]);

    // All or none: every row has its change record(s), and every change record its row.
    const changes = { customer: new Set<string>(), callStarted: new Set<string>(), event: new Set<string>(), note: new Set<string>(), commitment: new Set<string>() };
    for (const row of outbox) {
      const fields = JSON.parse(row.fields) as { id?: string; type?: string };
      if (row.entity === 'customer') changes.customer.add(row.entityId);
      if (row.entity === 'commitment') changes.commitment.add(row.entityId);
      if (row.entity === 'note' && fields.id) changes.note.add(fields.id);
      if (row.entity === 'call_event' && fields.id) changes.event.add(fields.id);
      if (row.entity === 'call_event' && fields.type === 'call.started') changes.callStarted.add(row.entityId);
    }
    const notes = ids(db, 'SELECT id FROM notes');
    const commitments = ids(db, 'SELECT id FROM commitments');
    expect(missingFrom(tables.customers, changes.customer), 'customers without a change').toEqual([]);
    expect(missingFrom(tables.calls, changes.callStarted), 'calls without call.started').toEqual([]);
    expect(missingFrom(tables.call_events, changes.event), 'call events without a change').toEqual([]);
    expect(missingFrom(notes, changes.note), 'notes without a change').toEqual([]);
    expect(missingFrom(commitments, changes.commitment), 'promises without a change').toEqual([]);
    expect(missingFrom(changes.customer, tables.customers), 'customer changes without a row').toEqual([]);
    expect(missingFrom(changes.event, tables.call_events), 'event changes without a row').toEqual([]);
    expect(missingFrom(changes.note, notes), 'note changes without a row').toEqual([]);
    expect(missingFrom(changes.commitment, commitments), 'promise changes without a row').toEqual([]);
    return now;
  } finally {
    db.close();
  }
}

describe(`kill -9 in the middle of writes (${KILLS} kills)`, () => {
  it(
    'loses no acknowledged write, leaves the store intact with every row and its outbox entries, and no gap in seq',
    async () => {
      let ackedTotal = 0;
      let outboxTotal = 0;
      for (let start = 0; start < KILLS; start += KILLS_PER_STORE) {
        const dbPath = path.join(dir, `heard-${start}.sqlite`);
        const acked = new Map<AckedTable, string[]>(ACKED_TABLES.map((t) => [t, []]));
        let outbox: string[] = [];
        for (let i = start; i < Math.min(KILLS, start + KILLS_PER_STORE); i++) {
          const run = await runAndKill(dbPath, Math.floor(Math.random() * (MAX_DELAY_MS + 1)));
          expect(run.stderr, `kill ${i}: the writer failed`).toBe('');
          expect({ kill: i, code: run.code, signal: run.signal }).toEqual({ kill: i, code: null, signal: 'SIGKILL' });
          for (const [table, list] of run.acked) acked.get(table)?.push(...list);
          outbox = check(dbPath, acked, outbox);
        }
        ackedTotal += [...acked.values()].reduce((n, list) => n + list.length, 0);
        outboxTotal += outbox.length;
        // The kills landed amid writes, not before any.
        expect(acked.get('customers')?.length ?? 0).toBeGreaterThan(0);
        rmSync(dbPath, { force: true });
        rmSync(`${dbPath}-wal`, { force: true });
        rmSync(`${dbPath}-shm`, { force: true });
      }
      console.log(`outbox kill: ${KILLS} kills, ${ackedTotal} acknowledged writes all found, ${outboxTotal} outbox entries checked`);
    },
    KILLS * 5_000 + 60_000,
  );
});
