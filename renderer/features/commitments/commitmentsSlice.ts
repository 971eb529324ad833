import type { StateCreator } from 'zustand/vanilla';
import type { EventPayload } from '../../../core/api/events.js';
import type { CommitmentWithHistory } from '../../../core/api/schemas/commitments.js';
import type { CommitmentView } from '../../../core/model/commitment.js';
import type { StoreDeps } from '../../app/deps.js';
import type { AppState } from '../../app/state.js';
import { moveIndex } from '../../shared/listNav.js';
import { atLocal } from './dueChoices.js';

export type DueItem = CommitmentView & { customerName: string };

/** What the list shows beside the highlighted promise: nothing, its history, or a form. */
export type DueMode = 'list' | 'confirmDone' | 'reschedule';

export type CommitmentsSlice = {
  dueOpen: boolean;
  dueItems: DueItem[];
  dueStatus: 'idle' | 'loading' | 'done' | 'error';
  dueError: string | null;
  dueActive: number;
  dueMode: DueMode;
  /** The highlighted promise's history (commitments.get), once loaded. */
  dueDetail: CommitmentWithHistory | null;
  /** A refused done/reschedule, in the backend's words. */
  dueActionError: string | null;
  /** Promises that fell due while the rep was busy: a banner each until seen. */
  dueAlerts: DueItem[];
  openDue(): Promise<void>;
  closeDue(): void;
  loadDue(): Promise<void>;
  moveDue(delta: number): void;
  setDueActive(index: number): void;
  setDueMode(mode: DueMode): void;
  loadDueDetail(): Promise<void>;
  completeDue(commitmentId: string): Promise<boolean>;
  rescheduleDue(commitmentId: string, dueAt: number, reason: string): Promise<boolean>;
  onCommitmentDue(payload: EventPayload<'commitment.due'>): void;
  dismissDueAlert(commitmentId: string): void;
};

export const initialCommitmentsState = {
  dueOpen: false,
  dueItems: [] as DueItem[],
  dueStatus: 'idle' as CommitmentsSlice['dueStatus'],
  dueError: null as string | null,
  dueActive: -1,
  dueMode: 'list' as DueMode,
  dueDetail: null as CommitmentWithHistory | null,
  dueActionError: null as string | null,
  dueAlerts: [] as DueItem[],
};

export const createCommitmentsSlice =
  (deps: StoreDeps): StateCreator<AppState, [], [], CommitmentsSlice> =>
  (set, get) => {
    let loadSeq = 0;
    let detailSeq = 0;

    /** After a done or a reschedule: the answer is the truth for that row; the list is re-read. */
    async function afterChange(changed: CommitmentWithHistory): Promise<void> {
      set({ dueDetail: changed, dueMode: 'list', dueActionError: null });
      const id = changed.commitment.id;
      await get().loadDue();
      const i = get().dueItems.findIndex((c) => c.id === id);
      // A done promise leaves the list; keep the highlight near where it was.
      set({ dueActive: i >= 0 ? i : Math.min(get().dueActive, get().dueItems.length - 1) });
      if (i >= 0) set({ dueDetail: changed });
      else void get().loadDueDetail();
    }

    return {
      ...initialCommitmentsState,
      async openDue() {
        set({ dueOpen: true, dueMode: 'list', dueActionError: null, dueAlerts: [] });
        await get().loadDue();
        if (get().dueActive < 0 && get().dueItems.length > 0) set({ dueActive: 0 });
        void get().loadDueDetail();
      },
      closeDue() {
        if (get().dueOpen) set({ dueOpen: false, dueMode: 'list', dueActionError: null });
      },
      async loadDue() {
        const seq = ++loadSeq;
        set({ dueStatus: 'loading', dueError: null });
        // "Due" for a rep is today: overdue first, then the rest of the day (local midnight).
        const until = atLocal(get().now(), 1, 0);
        const result = await deps.api.call('commitments.due', { until });
        if (seq !== loadSeq) return;
        if (result.ok) {
          const items = result.value.commitments;
          set({ dueItems: items, dueStatus: 'done', dueActive: items.length === 0 ? -1 : Math.min(Math.max(get().dueActive, 0), items.length - 1) });
        } else {
          set({ dueStatus: 'error', dueError: result.error.message });
        }
      },
      moveDue(delta) {
        set({ dueActive: moveIndex(get().dueActive, delta, get().dueItems.length), dueMode: 'list', dueActionError: null });
        void get().loadDueDetail();
      },
      setDueActive(index) {
        set({ dueActive: index, dueMode: 'list', dueActionError: null });
        void get().loadDueDetail();
      },
      setDueMode(mode) {
        set({ dueMode: mode, dueActionError: null });
      },
      async loadDueDetail() {
        const item = get().dueItems[get().dueActive];
        const seq = ++detailSeq;
        if (!item) {
          set({ dueDetail: null });
          return;
        }
        if (get().dueDetail?.commitment.id !== item.id) set({ dueDetail: null });
        const result = await deps.api.call('commitments.get', { commitmentId: item.id });
        if (seq === detailSeq && result.ok) set({ dueDetail: result.value });
      },
      async completeDue(commitmentId) {
        const result = await deps.api.call('commitments.complete', { commitmentId });
        if (!result.ok) {
          set({ dueActionError: result.error.message });
          return false;
        }
        await afterChange(result.value);
        return true;
      },
      async rescheduleDue(commitmentId, dueAt, reason) {
        const trimmed = reason.trim();
        const result = await deps.api.call('commitments.reschedule', { commitmentId, dueAt, ...(trimmed ? { reason: trimmed } : {}) });
        if (!result.ok) {
          set({ dueActionError: result.error.message });
          return false;
        }
        await afterChange(result.value);
        return true;
      },
      onCommitmentDue({ commitment }) {
        const others = get().dueAlerts.filter((c) => c.id !== commitment.id);
        set({ dueAlerts: [...others, commitment] });
        deps.alerts.sound('commitment');
        deps.alerts.notify(`Promise due: ${commitment.customerName}`, `${commitment.description} (${commitment.owner})`, `commitment-${commitment.id}`);
        if (get().dueOpen) void get().loadDue();
      },
      dismissDueAlert(commitmentId) {
        set({ dueAlerts: get().dueAlerts.filter((c) => c.id !== commitmentId) });
      },
    };
  };
