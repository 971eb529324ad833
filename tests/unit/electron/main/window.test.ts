import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from '../../../../electron/main/window.js';

describe('mainWindowOptions', () => {
  const prefs = mainWindowOptions('/app/dist/electron/preload.cjs').webPreferences ?? {};

  it('isolates and sandboxes the renderer', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and the risky features off', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
    expect(prefs.disableBlinkFeatures).toBe('Auxclick');
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
  });

  it('loads the given preload, and nothing else from Node', () => {
    expect(prefs.preload).toBe('/app/dist/electron/preload.cjs');
  });

  it('offers DevTools only when asked (development)', () => {
    expect(prefs.devTools).toBe(false);
    expect(mainWindowOptions('/p.cjs', { devTools: true }).webPreferences?.devTools).toBe(true);
  });

  it('starts hidden, to be shown when ready', () => {
    expect(mainWindowOptions('/p.cjs').show).toBe(false);
  });
});
