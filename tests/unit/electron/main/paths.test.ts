import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appPaths, nativeBindingDir, protocolClientArgs, userDataDir } from '../../../../electron/main/paths.js';

const base = {
  resourcesPath: '/opt/Heard/resources',
  userData: '/home/rep/.config/Heard',
  electronVersion: '45.4.1',
  platform: 'linux',
  arch: 'x64',
  env: {},
};

describe('appPaths', () => {
  it('finds the bundles, renderer and the .native binding in development', () => {
    const paths = appPaths({ ...base, bundleDir: '/repo/dist/electron', isPackaged: false });
    expect(paths.preload).toBe(path.join('/repo/dist/electron', 'preload.cjs'));
    expect(paths.backendEntry).toBe(path.join('/repo/dist/electron', 'backend.js'));
    expect(paths.renderer).toBe(path.join('/repo/dist', 'renderer'));
    expect(paths.dbPath).toBe(path.join('/home/rep/.config/Heard', 'heard.sqlite'));
    expect(paths.scriptsDir).toBe(path.join('/home/rep/.config/Heard', 'scripts'));
    expect(paths.nativeBinding).toBe(path.join('/repo', '.native', 'electron-45.4.1-linux-x64', 'better_sqlite3.node'));
  });

  it('uses the binding shipped in resources/native when packaged', () => {
    const paths = appPaths({ ...base, bundleDir: '/opt/Heard/resources/app.asar/dist/electron', isPackaged: true });
    expect(paths.nativeBinding).toBe(path.join('/opt/Heard/resources', 'native', 'better_sqlite3.node'));
  });

  it('lets HEARD_NATIVE_BINDING override the binding', () => {
    const paths = appPaths({ ...base, bundleDir: '/repo/dist/electron', isPackaged: false, env: { HEARD_NATIVE_BINDING: '/x/b.node' } });
    expect(paths.nativeBinding).toBe('/x/b.node');
  });
});

describe('nativeBindingDir', () => {
  it('keys the folder by Electron version, platform and arch', () => {
    expect(nativeBindingDir('/repo', '45.4.1', 'darwin', 'arm64')).toBe(path.join('/repo', '.native', 'electron-45.4.1-darwin-arm64'));
  });
});

describe('userDataDir', () => {
  it('keeps development data apart from an installed app', () => {
    expect(userDataDir('/home/rep/.config', true)).toBe(path.join('/home/rep/.config', 'Heard'));
    expect(userDataDir('/home/rep/.config', false)).not.toBe(userDataDir('/home/rep/.config', true));
  });
});

describe('protocolClientArgs', () => {
  it('needs nothing extra when packaged', () => {
    expect(protocolClientArgs(false, '/opt/Heard/heard', ['/opt/Heard/heard'])).toEqual({});
  });

  it('passes the script path to the Electron binary in development', () => {
    expect(protocolClientArgs(true, '/repo/node_modules/electron/dist/electron', ['electron', 'dist/electron/main.js'])).toEqual({
      execPath: '/repo/node_modules/electron/dist/electron',
      args: [path.resolve('dist/electron/main.js')],
    });
  });
});
