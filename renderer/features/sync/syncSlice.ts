import type { StateCreator } from 'zustand/vanilla';
import type { RejectedChangeView, SyncStatus } from '../../../core/api/commands.js';
import type { EventPayload } from '../../../core/api/events.js';
import type { Result } from '../../../core/api/result.js';
import type { StoreDeps } from '../../app/deps.js';
import type { AppState } from '../../app/state.js';

export type EnrolInput = { serverUrl: string; code: string; deviceName: string };

/** What the sync panel shows: its main view, or the sign-out question. */
export type SyncView = 'main' | 'confirmSignOut';

/**
 * Where an enrolment from this window stands. The command answers at once (busy); the
 * outcome arrives later as a `sync.changed` with busy false. 'sent': the command is on its
 * way, so statuses arriving now predate it and say nothing of its outcome; 'waiting': the
 * command was taken, the next status with busy false is the outcome.
 */
export type EnrolPhase = 'idle' | 'sent' | 'waiting';

export type SyncSlice = {
  /** The backend's sync status; null until first read. */
  syncStatus: SyncStatus | null;
  /** Backend time when syncStatus arrived: the oldest change's age moves on from there. */
  syncStatusAt: number;
  syncOpen: boolean;
  syncView: SyncView;
  enrolPhase: EnrolPhase;
  /** The last enrolment from this window succeeded: a word of it on the panel, until closed. */
  enrolledJustNow: boolean;
  syncRejected: RejectedChangeView[];
  /** A refused panel action (pause, sync now, sign out), in the backend's words. */
  syncActionError: string | null;
  loadSync(): Promise<void>;
  acceptSyncStatus(status: SyncStatus): void;
  /** Changes from other desks arrived: re-read what is on screen if it is about them. */
  onSyncPulled(pulled: EventPayload<'sync.pulled'>): void;
  openSync(): void;
  closeSync(): void;
  setSyncView(view: SyncView): void;
  enrol(input: EnrolInput): Promise<void>;
  signOut(): Promise<void>;
  setSyncPaused(paused: boolean): Promise<void>;
  syncNow(): Promise<void>;
  loadRejections(): Promise<void>;
};

export const initialSyncState = {
  syncStatus: null as SyncStatus | null,
  syncStatusAt: 0,
  syncOpen: false,
  syncView: 'main' as SyncView,
  enrolPhase: 'idle' as EnrolPhase,
  enrolledJustNow: false,
  syncRejected: [] as RejectedChangeView[],
  syncActionError: null as string | null,
};

export const createSyncSlice =
  (deps: StoreDeps): StateCreator<AppState, [], [], SyncSlice> =>
  (set, get) => {
    let rejectionsSeq = 0;

    /** A panel action: its answer is the newest status; a refusal is shown in the panel. */
    async function act(run: () => Promise<Result<SyncStatus>>): Promise<void> {
      set({ syncActionError: null });
      const result = await run();
      if (result.ok) get().acceptSyncStatus(result.value);
      else set({ syncActionError: result.error.message });
    }

    return {
      ...initialSyncState,
      async loadSync() {
        const result = await deps.api.call('sync.status', {});
        if (result.ok) get().acceptSyncStatus(result.value);
      },
      acceptSyncStatus(status) {
        const before = get().syncStatus;
        const phase = get().enrolPhase;
        const outcome = phase === 'waiting' && !status.busy;
        set({
          syncStatus: status,
          syncStatusAt: get().now(),
          ...(outcome ? { enrolPhase: 'idle' as const, enrolledJustNow: status.enrolError === null && status.user !== null } : {}),
        });
        // The list follows the count while the rep is looking at it.
        if (get().syncOpen && status.rejected !== before?.rejected) void get().loadRejections();
      },
      onSyncPulled({ customerIds, callIds }) {
        void get().refreshShownCustomer(customerIds, callIds);
      },
      openSync() {
        set({ syncOpen: true, syncView: 'main', syncActionError: null });
        void get().loadSync();
        void get().loadRejections();
      },
      closeSync() {
        if (get().syncOpen) set({ syncOpen: false, syncView: 'main', syncActionError: null, enrolledJustNow: false });
      },
      setSyncView(view) {
        set({ syncView: view, syncActionError: null });
      },
      async enrol(input) {
        if (get().enrolPhase !== 'idle') return;
        set({ enrolPhase: 'sent', enrolledJustNow: false, syncActionError: null });
        const result = await deps.api.call('sync.enrol', input);
        if (!result.ok) {
          // Refused before it reached the server (an empty field): nothing was tried.
          set({ enrolPhase: 'idle', syncActionError: result.error.message });
          return;
        }
        set({ enrolPhase: 'waiting' });
        get().acceptSyncStatus(result.value);
      },
      async signOut() {
        await act(() => deps.api.call('sync.signOut', {}));
        if (!get().syncActionError) set({ syncView: 'main' });
      },
      setSyncPaused(paused) {
        return act(() => deps.api.call('sync.setPaused', { paused }));
      },
      syncNow() {
        return act(() => deps.api.call('sync.now', {}));
      },
      async loadRejections() {
        const seq = ++rejectionsSeq;
        const result = await deps.api.call('sync.rejections', { limit: 100 });
        if (seq !== rejectionsSeq || !result.ok) return;
        set({ syncRejected: result.value.rejected });
        // Shown in the open panel: reviewed, so the pill stops asking (kept by the backend).
        const newest = result.value.rejected[0]?.seq;
        if (get().syncOpen && newest !== undefined && (get().syncStatus?.unreviewed ?? 0) > 0) {
          const reviewed = await deps.api.call('sync.reviewRejections', { throughSeq: newest });
          if (reviewed.ok) get().acceptSyncStatus(reviewed.value);
        }
      },
    };
  };
