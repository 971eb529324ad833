import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { hardenWebContents, isAllowedExternalUrl, isPermissionAllowed, type HardenableContents } from '../../../../electron/main/security.js';

const HOSTS = ['kb.example.com'];

describe('isAllowedExternalUrl', () => {
  it('allows https to an allow-listed host', () => {
    expect(isAllowedExternalUrl('https://kb.example.com/articles/42?q=1', HOSTS)).toBe(true);
    expect(isAllowedExternalUrl('https://KB.example.com/', HOSTS)).toBe(true);
  });

  it.each([
    'http://kb.example.com/',
    'https://kb.example.com.evil.net/',
    'https://evil.net/kb.example.com',
    'https://user:pw@kb.example.com/',
    'https://kb.example.com:8443/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'smb://kb.example.com/share',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isAllowedExternalUrl(url, HOSTS)).toBe(false);
  });
});

/** A WebContents stand-in: a real EventEmitter plus the window-open handler slot. */
class Contents extends EventEmitter implements HardenableContents {
  openHandler: ((details: { url: string }) => { action: 'deny' }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }) {
    this.openHandler = handler;
  }
}

function harden() {
  const contents = new Contents();
  const opened: string[] = [];
  const logged: string[] = [];
  hardenWebContents(contents, {
    allowedHosts: HOSTS,
    openExternal: (url) => {
      opened.push(url);
      return Promise.resolve();
    },
    log: (message) => logged.push(message),
  });
  return { contents, opened, logged };
}

function navigate(contents: Contents, event: string, url?: string) {
  let prevented = false;
  contents.emit(event, { preventDefault: () => (prevented = true) }, url);
  return prevented;
}

describe('hardenWebContents', () => {
  it('blocks every navigation, even within app://', () => {
    const { contents, opened } = harden();
    expect(navigate(contents, 'will-navigate', 'https://evil.example/')).toBe(true);
    expect(navigate(contents, 'will-navigate', 'app://heard/other.html')).toBe(true);
    expect(opened).toEqual([]);
  });

  it('sends an allow-listed link clicked in place to the browser instead', () => {
    const { contents, opened } = harden();
    expect(navigate(contents, 'will-navigate', 'https://kb.example.com/a')).toBe(true);
    expect(opened).toEqual(['https://kb.example.com/a']);
  });

  it('denies every new window; only allow-listed https opens outside', () => {
    const { contents, opened, logged } = harden();
    expect(contents.openHandler?.({ url: 'https://kb.example.com/a' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'https://evil.example/?customer=Jane' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'app://heard/index.html' })).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://kb.example.com/a']);
    // The log names the origin only, never the path or query (customer data).
    expect(logged.join('\n')).not.toContain('Jane');
  });

  it('refuses webviews', () => {
    const { contents } = harden();
    expect(navigate(contents, 'will-attach-webview')).toBe(true);
  });
});

describe('isPermissionAllowed', () => {
  it('denies everything for now, the microphone included', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'unknown']) {
      expect(isPermissionAllowed(permission, 'app://heard/index.html')).toBe(false);
    }
  });
});
