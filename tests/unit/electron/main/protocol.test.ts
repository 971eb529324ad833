import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { APP_CSP } from '../../../../electron/main/csp.js';
import { APP_SCHEME_PRIVILEGES, createAppHandler, resolveAppPath } from '../../../../electron/main/protocol.js';

const root = path.resolve('/srv/heard/renderer');

describe('resolveAppPath', () => {
  it('maps app://heard/ paths inside the renderer folder', () => {
    expect(resolveAppPath(root, 'app://heard/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://heard/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://heard/assets/index-abc123.js')).toBe(path.join(root, 'assets', 'index-abc123.js'));
    expect(resolveAppPath(root, 'app://heard/assets/index-abc123.js?v=1#x')).toBe(path.join(root, 'assets', 'index-abc123.js'));
    expect(resolveAppPath(root, 'app://heard/fonts/My%20Font.woff2')).toBe(path.join(root, 'fonts', 'My Font.woff2'));
  });

  it.each([
    ['plain ..', 'app://heard/../secret.txt'],
    ['nested ..', 'app://heard/assets/../../etc/passwd'],
    ['encoded ..', 'app://heard/%2e%2e/secret.txt'],
    ['upper-case encoded ..', 'app://heard/%2E%2E/%2E%2E/etc/passwd'],
    ['half-encoded ..', 'app://heard/.%2e/secret.txt'],
    ['double-encoded ..', 'app://heard/%252e%252e/secret.txt'],
    ['encoded slash', 'app://heard/assets%2f..%2fsecret'],
    ['backslash', 'app://heard/..\\secret.txt'],
    ['encoded backslash', 'app://heard/assets%5c..%5csecret'],
    ['NUL', 'app://heard/index.html%00.png'],
    ['absolute path', 'app://heard//etc/passwd'],
    ['Windows drive', 'app://heard/C:/Windows/win.ini'],
    ['other host', 'app://evil/index.html'],
    ['no host', 'app:///etc/passwd'],
    ['credentials', 'app://user:pw@heard/index.html'],
    ['other scheme', 'file:///etc/passwd'],
    ['https', 'https://heard/index.html'],
    ['garbage', 'not a url'],
    ['bad escape', 'app://heard/%zz'],
  ])('refuses %s', (_label, url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });

  it('registers app:// as a standard, secure scheme', () => {
    expect(APP_SCHEME_PRIVILEGES.scheme).toBe('app');
    expect(APP_SCHEME_PRIVILEGES.privileges).toMatchObject({ standard: true, secure: true });
    expect(APP_SCHEME_PRIVILEGES.privileges?.bypassCSP).toBeUndefined();
  });
});

describe('createAppHandler (real files, real Request/Response)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'heard-app-'));
  const rendererDir = path.join(dir, 'renderer');
  mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Heard</title>');
  writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(path.join(dir, 'secret.txt'), 'customer data');
  symlinkSync(path.join(dir, 'secret.txt'), path.join(rendererDir, 'assets', 'link.js'));
  const handle = createAppHandler(rendererDir);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('serves a file with its type and the CSP', async () => {
    const response = await handle(new Request('app://heard/assets/app.js'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(APP_CSP);
    expect(await response.text()).toBe('console.log(1)');
  });

  it('serves index.html for / and for client-side routes', async () => {
    for (const url of ['app://heard/', 'app://heard/cases/123']) {
      const response = await handle(new Request(url));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    }
  });

  it('answers 404 for missing files, traversal and symlinks out of the folder', async () => {
    for (const url of ['app://heard/assets/missing.js', 'app://heard/%2e%2e/secret.txt', 'app://heard/assets/link.js']) {
      const response = await handle(new Request(url));
      expect(response.status).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(APP_CSP);
    }
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await handle(new Request('app://heard/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
    const head = await handle(new Request('app://heard/index.html', { method: 'HEAD' }));
    expect(head.status).toBe(200);
  });
});
