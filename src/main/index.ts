/**
 * Electron lifecycle wiring only. Every security decision lives in ./shell as a small pure
 * function with its own tests; this file connects those decisions to Electron's hooks.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, powerMonitor, protocol, session, shell } from 'electron';
import type { IpcMainInvokeEvent, Session, WebContents } from 'electron';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { channelByName } from '../shared/contract';
import { fail } from '../shared/errors';
import { IPC_CALL, IPC_EVENT, IPC_LOCKED } from '../shared/ipc-names';
import { allowedOrigins, APP_SCHEME, entryUrl } from './shell/app-origin';
import { startCoreProcess, type CoreProcess } from './shell/core-process';
import { CORE_STOPPED_MESSAGE, UNKNOWN_CHANNEL_MESSAGE } from './shell/core-client';
import { responseHeaders } from './shell/csp';
import { resolveDataDir } from './shell/data-dir';
import { DEFAULT_EXTERNAL_HOSTS, decideExternalOpen } from './shell/external-links';
import {
  LOCKING_POWER_EVENTS,
  lockReasonForPowerEvent,
  lockReasonForRendererEvent,
  SHUTDOWN_LOCK_TIMEOUT_MS,
} from './shell/lifecycle';
import { decideNavigation, decideWebviewAttach, decideWindowOpen } from './shell/navigation';
import { decideRequest } from './shell/network';
import { decideDevicePermission, decidePermissionCheck, decidePermissionRequest } from './shell/permissions';
import { APP_SCHEME_PRIVILEGES, resolveAppRequest } from './shell/protocol';
import { checkSender } from './shell/sender';
import { decideEventRelay } from './shell/event-relay';
import { buildWindowOptions, WINDOW_PARTITION } from './shell/window-options';
import { closeAnyway, UNLOAD_QUESTION } from './shell/unload';

const HERE = import.meta.dirname;
const PRELOAD = join(HERE, '../preload/index.cjs');
const RENDERER_DIR = join(HERE, '../renderer');
const CORE_ENTRY = join(HERE, 'utility-entry.js');

const origins = allowedOrigins(app.isPackaged, process.env.ELECTRON_RENDERER_URL);
let mainWindow: BrowserWindow | null = null;
let core: CoreProcess | null = null;
let readyToQuit = false;

// Before 'ready': the scheme must be privileged before any session exists, and every renderer
// is sandboxed even if some future window forgot to ask.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();

/** Permission, request and protocol guards for one session. */
function guardSession(ses: Session, serveApp: boolean): void {
  ses.setPermissionRequestHandler((contents, permission, callback) =>
    callback(decidePermissionRequest({ permission, origin: contents.getURL() })),
  );
  ses.setPermissionCheckHandler((_contents, permission, origin) =>
    decidePermissionCheck({ permission, origin }),
  );
  ses.setDevicePermissionHandler((details) => decideDevicePermission(details.deviceType, details.origin));
  ses.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: decideRequest(details.url, origins) === 'deny' }),
  );
  if (serveApp) ses.protocol.handle(APP_SCHEME, serveAppRequest);
}

async function serveAppRequest(request: Request): Promise<Response> {
  const resolved = resolveAppRequest(request.url, request.method, RENDERER_DIR);
  if (!resolved.ok)
    return new Response(null, { status: resolved.status, headers: responseHeaders('text/plain') });
  try {
    const body = request.method === 'HEAD' ? null : await readFile(resolved.filePath);
    return new Response(body, { status: 200, headers: responseHeaders(resolved.contentType) });
  } catch {
    return new Response(null, { status: 404, headers: responseHeaders('text/plain') });
  }
}

/** Navigation guards for every WebContents, including any Electron or a bug might create. */
function guardContents(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    const link = decideExternalOpen(url, DEFAULT_EXTERNAL_HOSTS);
    if (link.allowed) void shell.openExternal(link.url);
    return decideWindowOpen(url);
  });
  const guardNavigation = (event: { url: string; preventDefault(): void }) => {
    if (decideNavigation(event.url, origins) === 'deny') event.preventDefault();
  };
  contents.on('will-navigate', guardNavigation);
  contents.on('will-frame-navigate', guardNavigation);
  contents.on('will-redirect', guardNavigation);
  contents.on('will-attach-webview', (event, _prefs, params) => {
    if (decideWebviewAttach(params.src) === 'deny') event.preventDefault();
  });
}

/** The facts checkSender needs, read defensively: a destroyed frame throws on access. */
function senderFacts(event: IpcMainInvokeEvent) {
  const main = mainWindow && !mainWindow.isDestroyed() ? mainWindow.webContents : null;
  let frame: { url: string; isTopFrame: boolean } | null = null;
  try {
    const f = event.senderFrame;
    if (f && main) {
      const top = main.mainFrame;
      frame = {
        url: f.url,
        isTopFrame: f.parent === null && f.processId === top.processId && f.routingId === top.routingId,
      };
    }
  } catch {
    frame = null;
  }
  return { senderId: event.sender.id, mainWindowId: main ? main.id : null, frame };
}

function notifyLocked(reason: string): void {
  if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(IPC_LOCKED, reason);
}

/** Job progress: to the main window only, while it shows the app (the same rule as for calls). */
function notifyEvent(message: unknown): void {
  const win = mainWindow && !mainWindow.isDestroyed() ? mainWindow : null;
  const decision = decideEventRelay(
    message,
    { mainWindow: win ? { destroyed: win.webContents.isDestroyed(), url: win.webContents.getURL() } : null },
    origins,
  );
  if (decision.send && win) win.webContents.send(IPC_EVENT, decision.event);
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow(buildWindowOptions({ preloadPath: PRELOAD, isPackaged: app.isPackaged }));
  win.once('ready-to-show', () => win.show());
  // Windows log-off or shutdown: lock before the session ends under us.
  win.on('session-end', () => core?.lock('shutdown'));
  // A crashed or hung renderer cannot run the idle lock: the core locks now (it also locks itself
  // when idle, whatever the renderer does).
  win.webContents.on('render-process-gone', (_event, details) => {
    const reason = lockReasonForRendererEvent('render-process-gone', details);
    if (reason) core?.lock(reason);
  });
  win.on('unresponsive', () => core?.lock(lockReasonForRendererEvent('unresponsive') ?? 'renderer-gone'));
  // A form with unsaved changes asked to stop the close (beforeunload): ask the person.
  win.webContents.on('will-prevent-unload', (event) => {
    if (closeAnyway(dialog.showMessageBoxSync(win, UNLOAD_QUESTION))) event.preventDefault();
  });
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  void win.loadURL(entryUrl(origins));
  return win;
}

async function start(): Promise<void> {
  await app.whenReady();

  const dataDir = resolveDataDir({
    argv: process.argv,
    env: process.env,
    userDataDir: app.getPath('userData'),
  });
  if (!dataDir.ok) {
    dialog.showErrorBox(
      'Waymark cannot start',
      `${dataDir.problem} Ask whoever manages this computer to correct the Waymark data folder setting.`,
    );
    app.exit(1);
    return;
  }

  // The default menu links to electronjs.org; a packaged app offers no way off the machine.
  if (app.isPackaged) Menu.setApplicationMenu(null);

  guardSession(session.defaultSession, false);
  guardSession(session.fromPartition(WINDOW_PARTITION), true);

  core = startCoreProcess({
    entry: CORE_ENTRY,
    dataDir: dataDir.dir,
    throttleMirrorDir: app.getPath('userData'),
    knownChannels: new Set(channelByName.keys()),
    onLocked: notifyLocked,
    onEvent: notifyEvent,
  });

  ipcMain.handle(IPC_CALL, (event, channel: unknown, input: unknown) => {
    if (!checkSender(senderFacts(event), origins).ok) {
      return fail('FORBIDDEN', 'This window may not use the Waymark data service.');
    }
    if (typeof channel !== 'string') return fail('VALIDATION', UNKNOWN_CHANNEL_MESSAGE);
    // Null only while quitting: the core has been asked to close.
    if (!core) return fail('INTERNAL', CORE_STOPPED_MESSAGE);
    return core.call(channel, input);
  });

  const power = powerMonitor as unknown as NodeJS.EventEmitter;
  for (const name of LOCKING_POWER_EVENTS) {
    power.on(name, () => {
      const reason = lockReasonForPowerEvent(name);
      if (reason) core?.lock(reason);
    });
  }

  mainWindow = createWindow();
}

if (!app.requestSingleInstanceLock()) {
  // One Waymark per user: two cores on one database would fight over its locks.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => guardContents(contents));
  app.on('window-all-closed', () => app.quit());
  // Quitting locks the core first (closing the database cleanly), then stops it.
  app.on('before-quit', (event) => {
    if (readyToQuit || !core) return;
    event.preventDefault();
    const stopping = core;
    core = null;
    void stopping.lockAndStop(SHUTDOWN_LOCK_TIMEOUT_MS).finally(() => {
      readyToQuit = true;
      app.quit();
    });
  });
  void start();
}
