import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveStaticPath } from '../../../../backend/hosts/staticFiles.js';
import { startBrowserHost, type BrowserHost } from '../../../../backend/hosts/wsHost.js';
import { testBackend } from '../harness.js';
import { connect } from './wsClient.js';

let harness: ReturnType<typeof testBackend>;
let host: BrowserHost;
afterEach(async () => {
  await host?.close();
  harness?.close();
});

async function start() {
  harness = testBackend();
  const staticDir = path.join(harness.dir, 'www');
  mkdirSync(staticDir);
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Heard</title>');
  writeFileSync(path.join(harness.dir, 'secret.txt'), 'not for the browser');
  host = await startBrowserHost({ backend: harness.backend, staticDir });
  return { host, staticDir };
}

describe('browser-mode host', () => {
  it('listens on loopback only and serves the renderer with a strict CSP', async () => {
    await start();
    expect(host.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await fetch(`${host.origin}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect(res.headers.get('content-security-policy')).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it('never serves a file outside the renderer folder', async () => {
    await start();
    for (const attempt of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%2e%2e%5csecret.txt']) {
      const res = await fetch(`${host.origin}${attempt}`);
      expect(res.status, attempt).toBe(404);
    }
    expect(resolveStaticPath('/srv/www', '/../etc/passwd')).toBeNull();
    expect(resolveStaticPath('/srv/www', '/%2e%2e/etc/passwd')).toBeNull();
    expect(resolveStaticPath('/srv/www', '/a\\..\\..\\b')).toBeNull();
    expect(resolveStaticPath('/srv/www', '/assets/app.js')).toBe('/srv/www/assets/app.js');
  });

  it('refuses a socket without the token or from another origin', async () => {
    await start();
    const ws = host.origin.replace('http', 'ws');
    await expect(connect(`${ws}/api`)).rejects.toThrow(/401/);
    await expect(connect(`${ws}/api?token=wrong`)).rejects.toThrow(/401/);
    await expect(connect(`${ws}/api?token=${host.token}`, { origin: 'https://evil.example' })).rejects.toThrow(/401/);
    const client = await connect(`${ws}/api?token=${host.token}`, { origin: host.origin });
    const info = await client.request('app.info', {});
    expect(info.result).toMatchObject({ ok: true, value: { repName: 'Test Rep' } });
    client.close();
  });

  it('answers garbage frames with an error and keeps the connection', async () => {
    await start();
    const client = await connect(`${host.origin.replace('http', 'ws')}/api?token=${host.token}`);
    expect((await client.raw('{not json')).result).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect((await client.raw('{"name":"app.info"}')).result).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect((await client.request('nope.nothing', {})).result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_COMMAND' } });
    expect((await client.request('app.info', {})).result.ok).toBe(true);
    client.close();
  });

  it('lets a softphone pop a call with the token, and pushes it to connected windows', async () => {
    await start();
    const client = await connect(`${host.origin.replace('http', 'ws')}/api?token=${host.token}`);
    const post = (auth: string, body: string) =>
      fetch(`${host.origin}/api/link`, { method: 'POST', headers: { authorization: auth, 'content-type': 'application/json' }, body });
    expect((await post('Bearer wrong', '{"url":"tel:+14155552671"}')).status).toBe(401);
    expect((await post(`Bearer ${host.token}`, '{"url":"ftp://x"}')).status).toBe(400);
    expect((await post(`Bearer ${host.token}`, 'x'.repeat(20_000))).status).toBe(413);
    const ok = await post(`Bearer ${host.token}`, '{"url":"heard://call?number=%2B14155552671"}');
    expect(ok.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(client.events).toEqual([{ event: 'screenPop.requested', payload: { number: '+14155552671', source: 'link' } }]);
    client.close();
  });
});
