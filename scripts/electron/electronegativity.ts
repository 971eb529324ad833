import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { REPO_ROOT } from './build.js';
import { findElectron } from './electronBinary.js';
import { judgeFindings, WAIVERS, type Finding, type Severity } from './electronegativityReport.js';

// Part of `npm test`: Electronegativity (Doyensec's Electron security linter) over
// electron/, failing on any HIGH-severity finding that is not a reviewed false positive
// (WAIVERS in electronegativityReport.ts, each with its reason).

type RawIssue = {
  id: string;
  file: string;
  location: { line: number; column: number };
  severity: { name: Severity };
  confidence: { name: string };
  description: string;
};
type RawError = { file: string; message: string; tolerable?: boolean };
type Run = (options: Record<string, unknown>) => Promise<{ issues: RawIssue[]; errors: RawError[] }>;

// A folder argument scans that instead (used to check that the gate does fail).
const input = path.resolve(process.argv[2] ?? path.join(REPO_ROOT, 'electron'));
const label = path.relative(REPO_ROOT, input) || '.';
const run = createRequire(import.meta.url)('@doyensec/electronegativity') as Run;

const result = await run({
  input,
  isRelative: true,
  // There is no package.json under electron/ to read the version from.
  electronVersionOverride: findElectron(REPO_ROOT).version,
  customScan: [],
  // Fetches Electron's release list from the network to flag a version with known fixes,
  // but only for a package.json inside the scanned folder, which electron/ does not have:
  // it could never report here, and `npm test` stays offline. Upgrades: npm outdated/audit.
  excludeFromScan: ['availablesecurityfixesglobalcheck'],
  parserPlugins: [],
});

const findings: Finding[] = result.issues.map((issue) => ({
  id: issue.id,
  file: issue.file,
  line: issue.location.line,
  severity: issue.severity.name,
  confidence: issue.confidence.name,
  description: issue.description,
}));
const lines = new Map<string, string[]>();
const lineAt = (file: string, line: number) => {
  if (file === 'N/A') return '';
  if (!lines.has(file)) lines.set(file, readFileSync(path.join(input, file), 'utf8').split('\n'));
  return lines.get(file)?.[line - 1] ?? '';
};
const verdict = judgeFindings(findings, WAIVERS, lineAt);
const where = (f: Finding) => (f.file === 'N/A' ? 'application' : `${label}/${f.file}:${f.line}`);

console.log(`\nElectronegativity over ${label}/: ${findings.length} finding(s).`);
for (const { finding, why } of verdict.waived) console.log(`  reviewed  ${finding.severity.padEnd(6)} ${finding.id} ${where(finding)}\n            ${why}`);
for (const f of verdict.review) console.log(`  review    ${f.severity.padEnd(6)} ${f.id} ${where(f)}: ${f.description}`);
for (const w of verdict.stale) console.log(`  note: waiver for ${w.check} in ${w.file} matched nothing; remove it if the code it excused is gone.`);

// A file the tool could not parse is a file it did not check.
const unparsed = result.errors.filter((e) => !e.tolerable);
for (const e of unparsed) console.error(`  could not parse ${e.file}: ${e.message}`);
for (const f of verdict.blocking) console.error(`  BLOCKING  HIGH   ${f.id} ${where(f)}: ${f.description}`);

if (verdict.blocking.length > 0 || unparsed.length > 0) {
  console.error(`\nElectronegativity: ${verdict.blocking.length} high-severity finding(s), ${unparsed.length} unparsed file(s). Fix them, or waive a proven false positive in scripts/electron/electronegativityReport.ts.`);
  process.exit(1);
}
console.log('\nElectronegativity: no high-severity findings.');
