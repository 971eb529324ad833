// `npm run test:soak`: the fault tests at soak size (issue 4): the sync simulation with
// 10,000 histories on SQLite and on PostgreSQL, and 5,000 kill -9 in total (4,000 of a
// writing client, 500 of the server on each engine). One seed for everything, printed, so
// a failure replays with FC_SEED=<seed>. Each step is its own vitest run, one after the
// other (the machine has 2 cores); a step that outlives its time limit is killed and counts
// as failed, so the soak always ends. The last line is "N passed, N failed" over all tests.
//
// Long: about 75 minutes on the shared 2-core machine, extrapolated from SOAK_SCALE=0.05
// (3.7 min: simulation 2.0, client kills 1.2, server kills 0.5; load average 2-7), more
// when the machine is busy. SOAK_SCALE=0.01 runs a hundredth of everything (a quick check
// of the soak itself).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const scale = Number(process.env.SOAK_SCALE ?? 1);
if (!(scale > 0)) throw new Error(`SOAK_SCALE must be a positive number, got ${process.env.SOAK_SCALE}`);
const size = (n) => String(Math.max(1, Math.round(n * scale)));
const seed = process.env.FC_SEED ?? String((Date.now() % 2 ** 31) + 1);
const HOUR = 3_600_000;

const runs = size(10_000);
const clientKills = size(4_000);
const serverKills = size(500);
const steps = [
  { name: `sync simulation, ${runs} histories per engine`, file: 'tests/fault/syncSimulation.test.ts', env: { FC_RUNS: runs, PG_RUNS: runs }, limitMs: 4 * HOUR },
  { name: `client kill -9, ${clientKills} kills`, file: 'tests/unit/backend/outboxKill.test.ts', env: { HEARD_KILLS: clientKills }, limitMs: 3 * HOUR },
  { name: `server kill -9 mid-push, ${serverKills} kills per engine`, file: 'tests/fault/serverKill.test.ts', env: { HEARD_SERVER_KILLS: serverKills }, limitMs: 3 * HOUR },
];

const out = 'test-results/soak';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
console.log(`soak: FC_SEED=${seed}, scale ${scale}`);

let passed = 0;
let failed = 0;
const failures = [];
for (const [i, step] of steps.entries()) {
  const report = `${out}/step-${i + 1}.json`;
  const env = { ...process.env, ...step.env, FC_SEED: seed, FORCE_COLOR: '0' };
  console.log(`\n=== ${step.name}: ${Object.entries(step.env).map(([k, v]) => `${k}=${v}`).join(' ')} FC_SEED=${seed} npx vitest run ${step.file}`);
  const started = Date.now();
  const status = await run(['npx', 'vitest', 'run', step.file, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], env, step.limitMs);
  const minutes = ((Date.now() - started) / 60_000).toFixed(1);
  const counts = readCounts(report);
  passed += counts.passed;
  failed += counts.failed;
  if (status !== 0 || counts.failed > 0 || counts.passed === 0) {
    failures.push(`${step.name} (${status === 'timeout' ? 'stopped at its time limit' : `exit ${status}`})`);
    if (counts.failed === 0) failed += 1;
  }
  console.log(`=== ${step.name}: ${status === 0 ? 'ok' : 'FAILED'} in ${minutes} min`);
}

if (failures.length) console.log(`\nFailed (replay with FC_SEED=${seed}): ${failures.join('; ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

/** Runs a command in its own process group; kills the whole group at the time limit. */
function run(cmd, env, limitMs) {
  return new Promise((resolve) => {
    const child = spawn(cmd[0], cmd.slice(1), { stdio: 'inherit', env, detached: true });
    // Its own group does not get the terminal's Ctrl-C: pass a stop on to it.
    const stop = () => {
      process.kill(-child.pid, 'SIGKILL');
      process.exit(130);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      process.kill(-child.pid, 'SIGKILL');
    }, limitMs);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(timedOut ? 'timeout' : (code ?? signal));
    });
  });
}

function readCounts(file) {
  if (!existsSync(file)) return { passed: 0, failed: 0 };
  const report = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: report.numPassedTests ?? 0, failed: (report.numFailedTests ?? 0) + (report.numRuntimeErrorTests ?? 0) };
}
