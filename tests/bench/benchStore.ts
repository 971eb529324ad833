import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SingleBar, Presets } from 'cli-progress';
import { openStore } from '../../db/open.js';
import { seedStore, type SeedSummary } from '../../db/seed/seedStore.js';

export type BenchStoreSpec = { customers: number; callsPerCustomer: number; eventsPerCall: number; seed: number };

/**
 * A seeded store for benchmarks, made once and reused: seeding 1,000,000 customers takes
 * minutes, measuring takes seconds. A sidecar file records what was seeded and that the
 * seed finished; anything else is thrown away and made again.
 */
export function benchStore(spec: BenchStoreSpec, dir = 'bench-data'): { file: string; summary: SeedSummary } {
  mkdirSync(dir, { recursive: true });
  const name = `store-${spec.customers}c-${spec.callsPerCustomer}k-${spec.eventsPerCall}e-s${spec.seed}`;
  const file = path.resolve(dir, `${name}.sqlite`);
  const meta = `${file}.json`;
  if (existsSync(file) && existsSync(meta)) {
    const saved = JSON.parse(readFileSync(meta, 'utf8')) as { spec: BenchStoreSpec; summary: SeedSummary };
    if (JSON.stringify(saved.spec) === JSON.stringify(spec)) {
      console.log(`Using the seeded store ${file} (seeded in ${saved.summary.seconds.toFixed(0)} s).`);
      return { file, summary: saved.summary };
    }
  }
  for (const suffix of ['', '-wal', '-shm', '.json']) rmSync(file + suffix, { force: true });
  console.log(`Seeding ${spec.customers.toLocaleString('en-US')} customers into ${file} (once; later runs reuse it)...`);
  const db = openStore(file);
  const bar = new SingleBar({ format: 'Seeding [{bar}] {percentage}% | {value}/{total} customers | ETA {eta_formatted}' }, Presets.shades_classic);
  bar.start(spec.customers, 0);
  const summary = seedStore(db, {
    customers: spec.customers,
    seed: spec.seed,
    callsPerCustomer: spec.callsPerCustomer,
    eventsPerCall: spec.eventsPerCall,
    onProgress: (done) => bar.update(done),
  });
  bar.stop();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  writeFileSync(meta, JSON.stringify({ spec, summary }, null, 2));
  console.log(`Seeded: ${JSON.stringify(summary)}`);
  return { file, summary };
}

/**
 * Reads the whole store file once so the OS page cache holds it, as on a desk where the
 * app has been running all day. Without this the first lookups of a fresh benchmark
 * process measure the disk, not the app. Returns the seconds it took.
 */
export function warmPageCache(file: string): number {
  const started = performance.now();
  const buffer = Buffer.allocUnsafe(8 * 1024 * 1024);
  for (const suffix of ['', '-wal']) {
    if (!existsSync(file + suffix)) continue;
    const fd = openSync(file + suffix, 'r');
    try {
      while (readSync(fd, buffer, 0, buffer.length, null) > 0);
    } finally {
      closeSync(fd);
    }
  }
  return (performance.now() - started) / 1000;
}
