// Browser mode sends the very policy the Electron app sends (core/security/csp.ts).
export { APP_CSP as BROWSER_MODE_CSP } from '../../core/security/csp.js';
