import { contextBridge, ipcRenderer } from 'electron';
import type { ApiClient } from '../../core/api/client.js';
import { createBridge } from './bridge.js';

// The only file that touches contextBridge and ipcRenderer. Sandboxed, it runs as one
// CommonJS file that may require only 'electron' (scripts/electron/build.ts bundles it).
contextBridge.exposeInMainWorld('heard', createBridge(ipcRenderer) satisfies ApiClient);
