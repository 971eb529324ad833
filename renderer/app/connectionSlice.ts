import type { StateCreator } from 'zustand/vanilla';
import type { AppInfo } from '../../core/api/commands.js';
import type { ConnectionStatus } from '../api/connection.js';
import type { StoreDeps } from './deps.js';
import type { AppState } from './state.js';

export type ConnectionSlice = {
  connection: ConnectionStatus;
  info: AppInfo | null;
  /**
   * Backend clock minus local clock. "Overdue" and the repeat window are computed by the
   * backend; relative times on screen use the same clock so they agree with it.
   */
  clockOffsetMs: number;
  setConnection(status: ConnectionStatus): void;
  loadInfo(): Promise<void>;
  /** Now, by the backend's clock. */
  now(): number;
};

export const initialConnectionState = {
  connection: { state: 'connecting', detail: null } as ConnectionStatus,
  info: null as AppInfo | null,
  clockOffsetMs: 0,
};

export const createConnectionSlice =
  (deps: StoreDeps): StateCreator<AppState, [], [], ConnectionSlice> =>
  (set, get) => ({
    ...initialConnectionState,
    setConnection(status) {
      const was = get().connection.state;
      set({ connection: status });
      if (status.state === 'online' && was !== 'online') {
        // (Re)connected: the backend may have restarted or changed while we were away, so
        // refresh what we cache rather than show stale history.
        void get().loadInfo();
        void get().refreshCurrent();
        // A call left open (a reload, a crash, a restarted backend) comes straight back.
        void get().resumeActiveCall();
        void get().loadScripts();
        void get().loadSync();
      }
    },
    async loadInfo() {
      const sentAt = deps.now();
      const result = await deps.api.call('app.info', {});
      if (!result.ok) return;
      // Half the round trip is the best guess for when the backend read its clock.
      const localAtRead = (sentAt + deps.now()) / 2;
      set({ info: result.value, clockOffsetMs: Math.round(result.value.now - localAtRead) });
    },
    now() {
      return deps.now() + get().clockOffsetMs;
    },
  });
