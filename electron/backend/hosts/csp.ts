/**
 * The renderer's Content-Security-Policy in browser mode: the same strict policy as the
 * Electron app (no inline script or style, nothing from elsewhere), so the end-to-end
 * tests exercise the renderer under the rules it ships with. 'self' in connect-src also
 * allows the WebSocket back to this host.
 */
export const BROWSER_MODE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "media-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');
