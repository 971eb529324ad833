import { describe, expect, it } from 'vitest';
import { APP_CSP, appResponseHeaders } from '../../../../electron/main/csp.js';

const directives = new Map(APP_CSP.split(';').map((part) => {
  const [name = '', ...values] = part.trim().split(/\s+/);
  return [name, values] as const;
}));

describe('the app CSP', () => {
  it('allows no inline or eval anywhere', () => {
    expect(APP_CSP).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|wasm-unsafe-eval/);
  });

  it("defaults to 'self' and pins the directives that do not fall back to default-src", () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('style-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('img-src')).toEqual(["'self'", 'data:']);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
  });

  it('names no remote host or scheme wildcard', () => {
    expect(APP_CSP).not.toMatch(/https?:|\*|ws:|wss:|blob:/);
  });

  it('is sent with every response type, with nosniff', () => {
    for (const type of ['text/html; charset=utf-8', 'text/javascript; charset=utf-8', 'image/png']) {
      const headers = appResponseHeaders(type);
      expect(headers['content-security-policy']).toBe(APP_CSP);
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['content-type']).toBe(type);
    }
  });
});
