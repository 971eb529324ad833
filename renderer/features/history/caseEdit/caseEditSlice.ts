import type { StateCreator } from 'zustand/vanilla';
import type { CaseConflict } from '../../../../core/api/commands.js';
import type { CaseStatus } from '../../../../core/model/enums.js';
import type { CustomerHistory } from '../../../../core/model/history.js';
import type { StoreDeps } from '../../../app/deps.js';
import type { AppState } from '../../../app/state.js';
import { splitCases } from '../selectors.js';

export type CaseEdit = { subject?: string; status?: CaseStatus };

export type CaseEditSlice = {
  /** Each shown case's concurrent edits, as cases.get last said; absent until read. */
  caseConflicts: Record<string, CaseConflict[]>;
  /** The highlighted case of the cases list (Alt+K, ↑ ↓), by id. */
  caseActive: string | null;
  /** The case whose edit dialog is open, by id. */
  caseEditId: string | null;
  caseEditPending: boolean;
  /** A refused edit, in the backend's words. */
  caseEditError: string | null;
  loadCaseConflicts(caseIds: readonly string[]): Promise<void>;
  setCaseActive(caseId: string | null): void;
  /** Alt+K: the keyboard to the cases list of the caller on screen; false when it has none. */
  focusCases(): boolean;
  openCaseEdit(caseId: string): void;
  closeCaseEdit(): void;
  saveCaseEdit(edit: CaseEdit): Promise<boolean>;
  /** Re-reads the caller's history (and call) on screen if it is one of these customers (or calls). */
  refreshShownCustomer(customerIds: readonly string[], callIds?: readonly string[]): Promise<void>;
};

export const initialCaseEditState = {
  caseConflicts: {} as Record<string, CaseConflict[]>,
  caseActive: null as string | null,
  caseEditId: null as string | null,
  caseEditPending: false,
  caseEditError: null as string | null,
};

/** The caller's history on screen: the history screen's, or the one beside the live call. */
export function shownHistory(s: AppState): CustomerHistory | null {
  if (s.screen.kind === 'history') return s.screen.history;
  if (s.screen.kind === 'call') return s.callHistory;
  return null;
}

/** The cases in the order the list shows them: open first, then recently closed. */
export function casesInListOrder(history: CustomerHistory) {
  const { open, closed } = splitCases(history.cases);
  return [...open, ...closed];
}

export const createCaseEditSlice =
  (deps: StoreDeps): StateCreator<AppState, [], [], CaseEditSlice> =>
  (set, get) => ({
    ...initialCaseEditState,
    async loadCaseConflicts(caseIds) {
      // One read per shown case: a customer has a handful, and each answer stands alone.
      await Promise.all(
        caseIds.map(async (caseId) => {
          const result = await deps.api.call('cases.get', { caseId });
          if (result.ok) set({ caseConflicts: { ...get().caseConflicts, [caseId]: result.value.conflicts } });
        }),
      );
    },
    setCaseActive(caseId) {
      set({ caseActive: caseId });
    },
    focusCases() {
      const s = get();
      const history = shownHistory(s);
      const cases = history ? casesInListOrder(history) : [];
      if (!history || cases.length === 0) return false;
      const keep = cases.some((c) => c.id === s.caseActive) ? s.caseActive : null;
      const repeat = cases.some((c) => c.id === history.repeat?.caseId) ? (history.repeat?.caseId ?? null) : null;
      s.setHelpOpen(false);
      s.closeSync();
      s.closeDue();
      s.closePanel();
      set({ caseActive: keep ?? repeat ?? cases[0]!.id, caseEditId: null });
      s.requestFocus('cases');
      return true;
    },
    openCaseEdit(caseId) {
      set({ caseEditId: caseId, caseActive: caseId, caseEditError: null, caseEditPending: false });
      void get().loadCaseConflicts([caseId]);
    },
    closeCaseEdit() {
      if (get().caseEditId !== null) set({ caseEditId: null, caseEditError: null, caseEditPending: false });
    },
    async saveCaseEdit(edit) {
      const caseId = get().caseEditId;
      if (caseId === null || get().caseEditPending) return false;
      if (edit.subject === undefined && edit.status === undefined) {
        get().closeCaseEdit();
        return true;
      }
      set({ caseEditPending: true, caseEditError: null });
      const result = await deps.api.call('cases.update', { caseId, ...edit });
      if (get().caseEditId !== caseId) return result.ok;
      if (!result.ok) {
        set({ caseEditPending: false, caseEditError: result.error.message });
        return false;
      }
      set({ caseConflicts: { ...get().caseConflicts, [caseId]: result.value.conflicts } });
      get().closeCaseEdit();
      await get().refreshShownCustomer([result.value.case.customerId]);
      return true;
    },
    async refreshShownCustomer(customerIds, callIds = []) {
      const s = get();
      const ids = new Set(customerIds);
      const jobs: Promise<void>[] = [];
      if (s.screen.kind === 'history' && ids.has(s.screen.history.customer.id)) jobs.push(s.refreshCurrent());
      const call = s.call;
      if (call && (callIds.includes(call.callId) || ids.has(call.customer.id))) jobs.push(s.refreshCall());
      if (call && s.callHistory && ids.has(call.customer.id)) {
        jobs.push(
          deps.api.call('customers.history', { customerId: call.customer.id }).then((result) => {
            // Only if the rep is still on that call.
            if (result.ok && get().call?.callId === call.callId) set({ callHistory: result.value });
          }),
        );
      }
      await Promise.all(jobs);
    },
  });
