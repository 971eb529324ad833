import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fs from 'node:fs';
import { app, BrowserWindow, ipcMain, Menu, Notification, protocol, safeStorage, session, shell, utilityProcess } from 'electron';
import { VAULT_KEY_ENV, type WireEvent } from '../../core/api/wire.js';
import { APP_ENTRY_URL, APP_SCHEME } from './appOrigin.js';
import { createBackendProcess, type BackendProcess } from './backendProcess.js';
import { backendArgs } from './backendProtocol.js';
import { createEventOutlet, type EventOutlet } from './eventOutlet.js';
import { notificationWithName, type OsNotification } from './notifications.js';
import { argvFromSecondInstance, createActionQueue, forwardLinkAction, linkActionFromArgv, linkActionFromUrl, type LinkAction } from './links.js';
import { appPaths, protocolClientArgs, userDataDir, type AppPaths } from './paths.js';
import { APP_SCHEME_PRIVILEGES, createAppHandler } from './protocol.js';
import { registerRelay } from './relay.js';
import { denyPermissions, EXTERNAL_LINK_HOSTS, hardenWebContents } from './security.js';
import { loadVaultKey } from './vaultKey.js';
import { mainWindowOptions } from './window.js';

// The Electron lifecycle, and nothing else: each decision (window flags, paths, the IPC
// guard, link parsing, the backend's request/restart logic) is a pure module beside this
// one with its own unit test. This file only wires them to Electron.

// Before 'ready': the single-instance lock lives in userData, and privileged schemes
// must be registered before the app starts.
app.setName('Heard');
app.setPath('userData', userDataDir(app.getPath('appData'), app.isPackaged));
app.enableSandbox();
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

const links = createActionQueue<LinkAction>();
let mainWindow: BrowserWindow | null = null;

// The exact argv goes along as additionalData; see argvFromSecondInstance.
if (!app.requestSingleInstanceLock({ argv: process.argv })) {
  // Another Heard is running; it receives this launch's link in 'second-instance'.
  app.quit();
} else {
  run();
}

function run() {
  registerProtocolClients();
  const initial = linkActionFromArgv(process.argv);
  if (initial) links.push(initial);

  // macOS delivers clicked links here, possibly before 'ready'; the queue holds them.
  app.on('open-url', (event, url) => {
    event.preventDefault();
    const action = linkActionFromUrl(url);
    if (action) links.push(action);
    focusMainWindow();
  });
  app.on('second-instance', (_event, argv, _cwd, additionalData) => {
    focusMainWindow();
    const action = linkActionFromArgv(argvFromSecondInstance(argv, additionalData));
    if (action) links.push(action);
  });
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, {
      allowedHosts: EXTERNAL_LINK_HOSTS,
      openExternal: (url) => shell.openExternal(url),
      log: (message) => console.warn(message),
    });
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.whenReady().then(onReady, (error: unknown) => {
    console.error('[main] Electron did not start', error);
    app.exit(1);
  });
}

function onReady() {
  const paths = appPaths({
    bundleDir: path.dirname(fileURLToPath(import.meta.url)),
    isPackaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
    userData: app.getPath('userData'),
    electronVersion: process.versions.electron ?? '',
    platform: process.platform,
    arch: process.arch,
    env: process.env,
  });
  denyPermissions(session.defaultSession);
  protocol.handle(APP_SCHEME, createAppHandler(paths.renderer));

  const outlet = createEventOutlet(() => mainWindow?.webContents ?? null);
  const backend = startBackend(paths, outlet);
  registerRelay(ipcMain, {
    mainFrame: () => mainWindow?.webContents.mainFrame ?? null,
    call: (name, input) => backend.call(name, input),
    outlet,
  });
  links.start((action) => void forwardLinkAction(backend, action));

  mainWindow = createMainWindow(paths, outlet);
  app.on('activate', () => {
    if (!mainWindow) mainWindow = createMainWindow(paths, outlet);
  });

  // Give the backend a moment to close the store cleanly (WAL checkpoint) before exiting.
  let backendStopped = false;
  app.on('before-quit', (event) => {
    if (backendStopped) return;
    event.preventDefault();
    void backend.stop().finally(() => {
      backendStopped = true;
      app.quit();
    });
  });
}

function startBackend(paths: AppPaths, outlet: EventOutlet): BackendProcess {
  const args = backendArgs({ dbPath: paths.dbPath, nativeBinding: paths.nativeBinding, version: app.getVersion(), scriptsDir: paths.scriptsDir });
  // The token vault's key, sealed by safeStorage beside the store (vaultKey.ts), passed to
  // the backend in its environment, which it drops at start.
  const keyPath = path.join(path.dirname(paths.dbPath), 'vault.key');
  const vaultKey = loadVaultKey(safeStorage, {
    read: () => (fs.existsSync(keyPath) ? fs.readFileSync(keyPath) : null),
    write: (data) => fs.writeFileSync(keyPath, data, { mode: 0o600 }),
  });
  const env = { ...process.env, ...(vaultKey ? { [VAULT_KEY_ENV]: vaultKey } : {}) };
  const backend: BackendProcess = createBackendProcess({
    spawn: () => utilityProcess.fork(paths.backendEntry, args, { serviceName: 'Heard backend', stdio: 'inherit', env }),
    onEvent: (event) => {
      outlet.push(event);
      notify(event, backend);
    },
  });
  return backend;
}

const shownNotifications = new Map<string, Notification>();

/** The backend's timers reach a rep whose window is behind the softphone: an OS notification (see notifications.ts). */
function notify(event: WireEvent, backend: BackendProcess) {
  const lookupName = async (callId: string) => {
    const result = await backend.call('call.get', { callId });
    const value = result.ok ? (result.value as { customer?: { name?: unknown } }) : null;
    return typeof value?.customer?.name === 'string' ? value.customer.name : null;
  };
  void notificationWithName(event, lookupName).then((notification) => {
    if (notification) showNotification(notification);
  });
}

function showNotification(n: OsNotification) {
  if (!Notification.isSupported()) return;
  shownNotifications.get(n.tag)?.close();
  const shown = new Notification({ title: n.title, body: n.body, urgency: n.urgency, timeoutType: n.urgency === 'critical' ? 'never' : 'default' });
  shown.on('click', () => focusMainWindow());
  shown.on('close', () => {
    if (shownNotifications.get(n.tag) === shown) shownNotifications.delete(n.tag);
  });
  shownNotifications.set(n.tag, shown);
  shown.show();
}

function createMainWindow(paths: AppPaths, outlet: EventOutlet): BrowserWindow {
  const win = new BrowserWindow(mainWindowOptions(paths.preload, { devTools: !app.isPackaged }));
  // Every live-call action is an Alt chord; a menu bar's mnemonics (Alt+E, Alt+W, Alt+H on
  // Windows and Linux) would take them first. The app has no menu to offer anyway.
  Menu.setApplicationMenu(null);
  win.removeMenu();
  win.once('ready-to-show', () => win.show());
  // A new document (reload) or a crash drops the page's listeners; events wait until the
  // new page subscribes. Reset on commit, not on start: a navigation that will-navigate
  // then blocks also "starts", and resetting then would leave the live page deaf.
  // ('did-navigate' is main frame only and not emitted for in-page route changes.)
  win.webContents.on('did-navigate', () => outlet.reset());
  win.webContents.on('render-process-gone', (_event, details) => {
    console.error(`[main] the window's renderer stopped (${details.reason})`);
    outlet.reset();
  });
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  win.loadURL(APP_ENTRY_URL).catch((error: unknown) => console.error('[main] the app page did not load', error));
  return win;
}

function focusMainWindow() {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function registerProtocolClients() {
  const { execPath, args } = protocolClientArgs(process.defaultApp === true, process.execPath, process.argv);
  for (const scheme of ['heard', 'tel']) {
    // A development run claiming tel: would take over the developer's own phone links.
    if (scheme === 'tel' && !app.isPackaged && process.env.HEARD_REGISTER_TEL !== '1') continue;
    const registered = execPath ? app.setAsDefaultProtocolClient(scheme, execPath, args) : app.setAsDefaultProtocolClient(scheme);
    if (!registered) console.warn(`[main] could not register as the ${scheme}: handler`);
  }
}
