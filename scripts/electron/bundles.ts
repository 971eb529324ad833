import path from 'node:path';
import type { InlineConfig } from 'vite';

/** One Node-side bundle: an entry, its output file, its module format, what stays outside. */
export type BundleSpec = {
  entry: string;
  fileName: string;
  format: 'es' | 'cjs';
  /** Left as require/import: Electron itself, and native modules that cannot be bundled. */
  external: string[];
};

export const ELECTRON_OUT_DIR = 'dist/electron';

/**
 * The three Electron bundles. The preload must be CommonJS and a single file: a sandboxed
 * preload can require only 'electron'. The backend keeps better-sqlite3 outside, because
 * its .node binding is picked at run time (nativeBinding) and cannot be inlined. Main and
 * backend are ES modules, which Electron loads natively (main since 28, utility too).
 */
export const ELECTRON_BUNDLES: readonly BundleSpec[] = [
  { entry: 'electron/main/main.ts', fileName: 'main.js', format: 'es', external: ['electron'] },
  { entry: 'electron/preload/preload.ts', fileName: 'preload.cjs', format: 'cjs', external: ['electron'] },
  { entry: 'backend/hosts/utility.ts', fileName: 'backend.js', format: 'es', external: ['better-sqlite3'] },
];

/** Electron 45 runs Node 22 (main, utility) and Chromium 142 (preload): both take ES2023 as is. */
const TARGET = 'es2023';

/**
 * A Vite (Rolldown) build config for one bundle. `build.ssr` gives a Node-side build (Node
 * built-ins stay imports, no browser shims); `ssr.noExternal: true` inlines every
 * dependency (zod, libphonenumber-js...) so the app needs no node_modules at run time
 * except the externals.
 */
export function bundleConfig(root: string, spec: BundleSpec, outDir: string = ELECTRON_OUT_DIR): InlineConfig {
  return {
    configFile: false,
    root,
    mode: 'production',
    logLevel: 'warn',
    publicDir: false,
    ssr: { noExternal: true, external: spec.external, target: 'node' },
    build: {
      ssr: path.join(root, spec.entry),
      outDir: path.resolve(root, outDir),
      emptyOutDir: false,
      target: TARGET,
      minify: false,
      sourcemap: true,
      copyPublicDir: false,
      rolldownOptions: {
        external: spec.external,
        output: { format: spec.format, entryFileNames: spec.fileName, codeSplitting: false },
      },
    },
  };
}
