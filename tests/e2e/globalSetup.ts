import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** The tests load the real renderer build; make one if this checkout has none yet. */
export default function globalSetup() {
  if (!existsSync('dist/renderer/index.html')) {
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  }
}
