import { APP_CSP } from '../../core/security/csp.js';

export { APP_CSP };


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
