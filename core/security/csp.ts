/**
 * The renderer's Content-Security-Policy, one policy for both ways the renderer is served:
 * as a header on every app:// response in the Electron app, and on every page of browser
 * mode, so the end-to-end tests exercise the renderer under the rules it ships with.
 * No 'unsafe-inline' or 'unsafe-eval' anywhere: the renderer is a Vite build of external
 * module scripts and stylesheets, so it needs neither, and an injected <script> or on*=
 * attribute in a customer's name or note cannot run. 'self' in connect-src also allows
 * browser mode's WebSocket back to its own host; media-src allows the prompt sounds.
 */
export const APP_CSP = [
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
