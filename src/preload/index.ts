/**
 * The preload: exposes exactly one frozen object, `window.api`, built from the contract. No
 * ipcRenderer, no process, no require: the page can only call contract channels through the one
 * relay the main process guards.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { toCoreEvent } from '../shared/contract/job-events';
import { channelNames } from '../shared/contract';
import { buildApi } from './build-api';
import { IPC_CALL, IPC_EVENT, IPC_LOCKED } from '../shared/ipc-names';

const api = buildApi(
  (channel, input) => ipcRenderer.invoke(IPC_CALL, channel, input),
  (listener) => {
    // The IPC event object (with its sender) never reaches the page; only the reason string does.
    const relay = (_event: IpcRendererEvent, reason: unknown) => listener(String(reason));
    ipcRenderer.on(IPC_LOCKED, relay);
    return () => {
      ipcRenderer.removeListener(IPC_LOCKED, relay);
    };
  },
  channelNames(),
  (listener) => {
    // Rebuilt field by field: only a known event's plain fields reach the page.
    const relay = (_event: IpcRendererEvent, message: unknown) => {
      const event = toCoreEvent(message);
      if (event) listener(event);
    };
    ipcRenderer.on(IPC_EVENT, relay);
    return () => {
      ipcRenderer.removeListener(IPC_EVENT, relay);
    };
  },
);

contextBridge.exposeInMainWorld('api', api);
