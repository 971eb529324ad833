import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { bundleConfig, ELECTRON_BUNDLES, ELECTRON_OUT_DIR } from './bundles.js';

// `npm run build:electron`: dist/electron/{main.js, preload.cjs, backend.js}. The renderer
// is built separately (`npx vite build`, into dist/renderer).
// Options: --out-dir <dir> (relative to the repo) and --only <file name>, used by the
// tests to build the backend bundle on its own.

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export async function buildElectron(options: { outDir?: string; only?: string } = {}): Promise<void> {
  const outDir = options.outDir ?? ELECTRON_OUT_DIR;
  const specs = ELECTRON_BUNDLES.filter((spec) => !options.only || spec.fileName === options.only);
  if (specs.length === 0) throw new Error(`No bundle named ${options.only}.`);
  // Cleared first so a renamed bundle cannot leave a stale file that electron-builder packs.
  if (!options.only) await rm(path.resolve(REPO_ROOT, outDir), { recursive: true, force: true });
  for (const spec of specs) {
    await build(bundleConfig(REPO_ROOT, spec, outDir));
    console.log(`built ${path.join(outDir, spec.fileName)}`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { 'out-dir': { type: 'string' }, only: { type: 'string' } } });
  buildElectron({
    ...(values['out-dir'] ? { outDir: values['out-dir'] } : {}),
    ...(values.only ? { only: values.only } : {}),
  }).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
