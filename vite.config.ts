import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer bundle. The Electron app serves it from app://heard/ and browser mode from
// the WebSocket host's HTTP server, both under a strict CSP (script-src 'self';
// style-src 'self'), so: relative asset paths, no inline scripts, CSS in files (linked
// from index.html). Unit tests have their own vitest.config.ts.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // The polyfill is only for browsers without modulepreload; Chromium has it.
    modulePreload: { polyfill: false },
    sourcemap: true,
  },
});
