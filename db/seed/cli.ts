// npm run seed -- --customers N [--db .data/heard.sqlite] [--seed 1] [--calls-per-customer 3]
//                 [--events-per-call 3.33] [--now 2025-06-01T12:00:00Z] [--force]
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SingleBar, Presets } from 'cli-progress';
import { openStore } from '../open.js';
import { seedStore } from './seedStore.js';

const USAGE = `Usage: npm run seed -- --customers N [--db path] [--seed 1] [--calls-per-customer 3]
                       [--events-per-call 3.33] [--now ISO-date-or-ms] [--force]
Fills a new (or still empty) store with deterministic sample data. --force replaces an existing store file.`;

function main(): void {
  const { values } = parseArgs({
    options: {
      customers: { type: 'string' },
      db: { type: 'string', default: '.data/heard.sqlite' },
      seed: { type: 'string', default: '1' },
      'calls-per-customer': { type: 'string', default: '3' },
      'events-per-call': { type: 'string', default: '3.33' },
      now: { type: 'string' },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || values.customers === undefined) {
    console.log(USAGE);
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  const customers = wholeNumber('--customers', values.customers);
  const seed = wholeNumber('--seed', values.seed);
  const callsPerCustomer = positiveNumber('--calls-per-customer', values['calls-per-customer']);
  const eventsPerCall = positiveNumber('--events-per-call', values['events-per-call']);
  const now = values.now === undefined ? Date.now() : parseNow(values.now);
  const file = resolve(values.db);

  if (values.force) for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  mkdirSync(dirname(file), { recursive: true });

  const db = openStore(file);
  // An existing store with only its schema (the app made it on start) is filled in place.
  if (db.prepare('SELECT 1 FROM customers LIMIT 1').get()) {
    db.close();
    throw new Error(`${file} already has customers. Pass --force to replace it.`);
  }
  const bar = new SingleBar(
    { format: 'Seeding [{bar}] {percentage}% | {value}/{total} customers | {duration_formatted} elapsed, ETA {eta_formatted}' },
    Presets.shades_classic,
  );
  bar.start(customers, 0);
  try {
    const summary = seedStore(db, {
      customers,
      seed,
      callsPerCustomer,
      eventsPerCall,
      now,
      onProgress: (done) => bar.update(done),
    });
    bar.stop();
    db.close();
    const mib = (statSync(file).size / 1024 / 1024).toFixed(0);
    const n = (x: number) => x.toLocaleString('en-US');
    console.log(
      `Seeded ${file} (${mib} MiB) in ${summary.seconds.toFixed(1)} s: ${n(summary.customers)} customers, ` +
        `${n(summary.phones)} phones, ${n(summary.cases)} cases, ${n(summary.calls)} calls, ` +
        `${n(summary.callEvents)} call events, ${n(summary.notes)} notes, ${n(summary.commitments)} commitments.`,
    );
  } catch (error) {
    bar.stop();
    db.close();
    throw error;
  }
}

function wholeNumber(flag: string, text: string): number {
  const value = Number(text.replace(/_/g, ''));
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`${flag} must be a whole number, got "${text}".`);
  return value;
}

function positiveNumber(flag: string, text: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${flag} must be a number of 0 or more, got "${text}".`);
  return value;
}

function parseNow(text: string): number {
  const value = /^\d+$/.test(text) ? Number(text) : Date.parse(text);
  if (!Number.isFinite(value)) throw new Error(`--now must be an ISO date or ms since the epoch, got "${text}".`);
  return value;
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
