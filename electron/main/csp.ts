/**
 * The renderer's Content-Security-Policy, sent as a header with every app:// response.
 * No 'unsafe-inline' or 'unsafe-eval' anywhere: the renderer is a Vite build of external
 * module scripts and stylesheets, so it needs neither, and an injected <script> or
 * on*= attribute in a customer's name or note cannot run. The renderer talks to the
 * backend through the preload bridge, not the network, so connect-src stays 'self'.
 * (Browser mode sends the same policy, plus media-src; see electron/backend/hosts/csp.ts.)
 */
export const APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

/** Headers on every app:// response, not only HTML: a policy that depends on the file type is a policy with a gap. */
export function appResponseHeaders(contentType: string): Record<string, string> {
  return {
    'content-type': contentType,
    'content-security-policy': APP_CSP,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'cache-control': 'no-cache',
  };
}
