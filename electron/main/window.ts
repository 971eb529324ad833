import type { BrowserWindowConstructorOptions } from 'electron';

export type MainWindowFlags = {
  /** DevTools only in development; a packaged build gives a rep no console into customer data. */
  devTools?: boolean;
};

/**
 * The main window's options, pure so a test can pin every security flag. Each one is set
 * explicitly even where it is Electron's default: a default that changes in an upgrade
 * must not silently loosen the window.
 */
export function mainWindowOptions(preloadPath: string, flags: MainWindowFlags = {}): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    title: 'Heard',
    // Shown on 'ready-to-show', so a rep never sees a blank white frame mid-call.
    show: false,
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Middle-click would try to open links in a new window; the open handler denies it
      // anyway, this removes the event altogether.
      disableBlinkFeatures: 'Auxclick',
      devTools: flags.devTools ?? false,
    },
  };
}
