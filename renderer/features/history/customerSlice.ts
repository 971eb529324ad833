import type { StateCreator } from 'zustand/vanilla';
import type { StoreDeps } from '../../app/deps.js';
import type { PoppedNumber } from '../../app/screenSlice.js';
import type { AppState } from '../../app/state.js';

export type CustomerSlice = {
  /** Loads and shows one customer's history (after a pick, a create or a search result). */
  openCustomer(customerId: string, number?: PoppedNumber | null): Promise<void>;
  /** Re-reads the shown history in place (after a reconnect); keeps the screen if it fails. */
  refreshCurrent(): Promise<void>;
};

export const createCustomerSlice =
  (deps: StoreDeps): StateCreator<AppState, [], [], CustomerSlice> =>
  (_set, get) => ({
    async openCustomer(customerId, number = null) {
      const seq = get().beginNav({ kind: 'loading', label: 'Loading the customer’s history…' });
      const result = await deps.api.call('customers.history', { customerId });
      if (result.ok) {
        if (get().finishNav(seq, { kind: 'history', history: result.value, number })) get().requestFocus('history');
      } else {
        get().finishNav(seq, { kind: 'error', title: 'Could not load this customer', message: result.error.message });
      }
    },
    async refreshCurrent() {
      const { screen, navSeq } = get();
      if (screen.kind !== 'history') return;
      const result = await deps.api.call('customers.history', { customerId: screen.history.customer.id });
      // Not a navigation: it must not bump navSeq, and it yields to any that started meanwhile.
      if (result.ok && get().navSeq === navSeq && get().screen === screen) {
        get().finishNav(navSeq, { ...screen, history: result.value });
      }
    },
  });
