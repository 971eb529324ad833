import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { CustomScheme } from 'electron';
import { APP_HOST, APP_SCHEME } from './appOrigin.js';
import { appResponseHeaders } from './csp.js';

/**
 * app:// is registered as standard (real origin, relative URLs resolve, localStorage works)
 * and secure (treated like https, so no mixed-content exceptions are ever needed). It must
 * be registered before the app's 'ready' event.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wav': 'audio/wav',
  '.mp3': 'audio/mpeg',
};

/**
 * Maps an app://heard/... URL to a file inside rootDir, or null (answered 404).
 * The raw text is checked before any parsing: `new URL()` and Chromium both normalize
 * "/a/%2e%2e/b" to "/b", which would hide the attempt rather than refuse it. Our own
 * renderer (Vite output: /index.html, /assets/name-hash.js) never needs "..", "%2e",
 * backslashes, encoded slashes or NULs, so any of them means the request is not ours.
 */
export function resolveAppPath(rootDir: string, requestUrl: string): string | null {
  const rawPath = requestUrl.split(/[?#]/, 1)[0] ?? '';
  if (/\.\.|%2e|%2f|%5c|%00|\\|\0/i.test(rawPath)) return null;

  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username || url.password) return null;

  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  // "//etc/passwd" or "/C:/Windows": an absolute path smuggled into the URL path. A "%"
  // left after the one decode is a double-encoded name that some later layer could
  // decode again; Vite's file names never contain one.
  if (decoded.startsWith('//') || /[:%\0]/.test(decoded)) return null;
  const relative = (decoded.endsWith('/') ? `${decoded}index.html` : decoded).replace(/^\/+/, '');
  if (path.isAbsolute(relative) || path.win32.isAbsolute(relative)) return null;

  const root = path.resolve(rootDir);
  const full = path.resolve(root, relative);
  const inside = path.relative(root, full);
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) return null;
  return full;
}

/**
 * The app:// handler: files of the renderer build, every response with the CSP headers.
 * A path without an extension that is not a file falls back to index.html, so a reload
 * on a client-side route still opens the app.
 */
export function createAppHandler(rootDir: string): (request: Request) => Promise<Response> {
  const root = path.resolve(rootDir);
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return status(405, 'Method not allowed');
    const file = resolveAppPath(root, request.url);
    if (!file) return status(404, 'Not found');
    let served = file;
    let body = await readInside(root, file);
    if (!body && path.extname(file) === '') {
      served = path.join(root, 'index.html');
      body = await readInside(root, served);
    }
    if (!body) return status(404, 'Not found');
    const type = TYPES[path.extname(served).toLowerCase()] ?? 'application/octet-stream';
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers: appResponseHeaders(type) });
  };
}

/** The file's bytes if it is a regular file whose real path (symlinks followed) is still inside root. */
async function readInside(root: string, file: string): Promise<Buffer | null> {
  try {
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(file)]);
    const inside = path.relative(realRoot, realFile);
    if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) return null;
    if (!(await stat(realFile)).isFile()) return null;
    return await readFile(realFile);
  } catch {
    return null;
  }
}

function status(code: number, text: string): Response {
  return new Response(text, { status: code, headers: appResponseHeaders('text/plain; charset=utf-8') });
}
