import type { ApiClient } from '../../core/api/client.js';

// window.heard for the renderer's type-checker. The renderer does not import this file
// (it may import only core); its tsconfig lists it instead, e.g.
//   "files": ["../electron/preload/heard.d.ts"]
// The only type it names comes from core, so nothing of Electron leaks into the renderer.
declare global {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- only an interface can merge into the DOM's Window
  interface Window {
    /** The preload bridge in the Electron app; undefined in browser mode (the WebSocket client is used there). */
    readonly heard?: ApiClient;
  }
}

export {};
