// electron-builder beforePack hook (referenced by electron-builder.yml; imported by no code).
// Stages better-sqlite3 built for Electron's ABI and this target's arch in
// .native/stage/<arch>/, which extraResources ships as resources/native/. The binding
// lives outside app.asar, so nothing is patched after the archive (and its integrity
// hashes) is written, and node_modules keeps Node's build for tests and the server.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

// builder-util's Arch enum, by value.
const ARCH_NAMES = ['ia32', 'x64', 'armv7l', 'arm64', 'universal'];

export async function beforePack(context) {
  const arch = ARCH_NAMES[context.arch];
  const platform = context.electronPlatformName === 'mas' ? 'darwin' : context.electronPlatformName;
  if (platform !== process.platform) {
    throw new Error(`Heard packages for ${platform} only on ${platform}: better-sqlite3 must be compiled there for Electron.`);
  }
  const root = context.packager.projectDir;
  const tsx = path.join(path.dirname(createRequire(path.join(root, 'package.json')).resolve('tsx/package.json')), 'dist', 'cli.mjs');
  const script = path.join(root, 'scripts', 'electron', 'nativeBinding.ts');
  const result = spawnSync(process.execPath, [tsx, script, '--arch', arch, '--stage', path.join('.native', 'stage', arch)], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error(`better-sqlite3 for Electron (${platform}-${arch}) could not be built; see above.`);
}
