import path from 'node:path';

/** The folder of Electron-ABI native bindings, kept out of node_modules so Node's ABI build stays there for tests and the server. */
export function nativeBindingDir(repoRoot: string, electronVersion: string, platform: string, arch: string): string {
  return path.join(repoRoot, '.native', `electron-${electronVersion}-${platform}-${arch}`);
}

export const NATIVE_BINDING_FILE = 'better_sqlite3.node';

export type PathInputs = {
  /** Folder of the bundled main.js (dist/electron, inside app.asar when packaged). */
  bundleDir: string;
  isPackaged: boolean;
  /** process.resourcesPath */
  resourcesPath: string;
  userData: string;
  electronVersion: string;
  platform: string;
  arch: string;
  env: Readonly<Record<string, string | undefined>>;
};

export type AppPaths = {
  preload: string;
  renderer: string;
  backendEntry: string;
  dbPath: string;
  nativeBinding: string;
  /** The team's custom call scripts (*.json), beside the store; HEARD_SCRIPTS overrides it. */
  scriptsDir: string;
};

/**
 * Where everything is, development and packaged alike. The bundles sit side by side in
 * dist/electron and the renderer in dist/renderer. The store's native binding must match
 * Electron's ABI: packaged, it ships outside the asar as resources/native/ (staged by
 * build/beforePack.mjs); in development `npm start` builds it into .native/.
 * HEARD_NATIVE_BINDING overrides both.
 */
export function appPaths(inputs: PathInputs): AppPaths {
  const repoRoot = path.resolve(inputs.bundleDir, '..', '..');
  const nativeBinding =
    inputs.env.HEARD_NATIVE_BINDING ||
    (inputs.isPackaged
      ? path.join(inputs.resourcesPath, 'native', NATIVE_BINDING_FILE)
      : path.join(nativeBindingDir(repoRoot, inputs.electronVersion, inputs.platform, inputs.arch), NATIVE_BINDING_FILE));
  return {
    preload: path.join(inputs.bundleDir, 'preload.cjs'),
    renderer: path.join(inputs.bundleDir, '..', 'renderer'),
    backendEntry: path.join(inputs.bundleDir, 'backend.js'),
    dbPath: path.join(inputs.userData, 'heard.sqlite'),
    nativeBinding,
    scriptsDir: inputs.env.HEARD_SCRIPTS || path.join(inputs.userData, 'scripts'),
  };
}

/** Development keeps its own profile, so running from the repo never touches an installed Heard's customer data. */
export function userDataDir(appData: string, isPackaged: boolean): string {
  return path.join(appData, isPackaged ? 'Heard' : 'Heard (development)');
}

/**
 * How the OS should start us for heard:/tel: links. Packaged, the executable is the app;
 * in development it is the Electron binary, which needs the script path as an argument.
 */
export function protocolClientArgs(defaultApp: boolean, execPath: string, argv: readonly string[]): { execPath?: string; args?: string[] } {
  const script = argv[1];
  if (!defaultApp || !script) return {};
  return { execPath, args: [path.resolve(script)] };
}
