// `npm test`: type-check, lint, Electron security scan, renderer build, unit tests
// (vitest) and end-to-end tests (Playwright in Chromium). Every step runs even when an
// earlier one fails, so one run shows everything that is wrong. The last line counts
// every test run, vitest and Playwright together: "N passed, N failed". A failed check
// (type-check, lint, scan, build) counts as one failed test so it cannot pass unnoticed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const steps = [
  { name: 'type-check', cmd: ['npx', 'tsc', '-b'] },
  { name: 'lint', cmd: ['npx', 'eslint', '--max-warnings=0', '.'] },
  { name: 'electronegativity', cmd: ['npx', 'tsx', 'scripts/electron/electronegativity.ts'] },
  { name: 'renderer build', cmd: ['npx', 'vite', 'build', '--logLevel', 'warn'] },
  { name: 'unit tests (vitest)', cmd: ['npx', 'vitest', 'run'], report: 'test-results/vitest.json', kind: 'vitest' },
  { name: 'end-to-end tests (Playwright)', cmd: ['npx', 'playwright', 'test'], report: 'test-results/playwright.json', kind: 'playwright' },
];

rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });

let passed = 0;
let failed = 0;
const failures = [];
for (const step of steps) {
  console.log(`\n=== ${step.name}: ${step.cmd.join(' ')}`);
  const started = Date.now();
  const run = spawnSync(step.cmd[0], step.cmd.slice(1), { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const counts = step.report ? readCounts(step.kind, step.report) : null;
  if (counts) {
    passed += counts.passed;
    failed += counts.failed;
    if (counts.passed + counts.failed === 0) {
      failed += 1;
      failures.push(`${step.name}: no test ran`);
    }
  }
  if (run.status !== 0) {
    failures.push(`${step.name} (exit ${run.status ?? run.signal})`);
    // A crashed runner or a failed check with no failed test counted: count it once.
    if (!counts || counts.failed === 0) failed += 1;
  }
  console.log(`=== ${step.name}: ${run.status === 0 ? 'ok' : 'FAILED'} in ${seconds} s`);
}

if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

function readCounts(kind, file) {
  if (!existsSync(file)) return null;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  if (kind === 'vitest') return { passed: report.numPassedTests ?? 0, failed: (report.numFailedTests ?? 0) + (report.numRuntimeErrorTests ?? 0) };
  const stats = report.stats ?? {};
  return { passed: (stats.expected ?? 0) + (stats.flaky ?? 0), failed: stats.unexpected ?? 0 };
}
