import { createStore, type StoreApi } from 'zustand/vanilla';
import { createScreenPopSlice, initialScreenPopState } from '../features/screenPop/index.js';
import { createCustomerSlice, createCaseEditSlice, initialCaseEditState } from '../features/history/index.js';
import { createSearchSlice, initialSearchState } from '../features/search/index.js';
import { createCommitmentsSlice, initialCommitmentsState } from '../features/commitments/index.js';
import { createCallUiSlice, initialCallUiState, createLiveSlice, initialLiveState } from '../features/call/index.js';
import { createSyncSlice, initialSyncState } from '../features/sync/index.js';
import { silentAlerts } from '../shared/alerts.js';
import { createDrafts } from '../shared/drafts.js';
import { realTimers } from '../shared/timers.js';
import { createConnectionSlice, initialConnectionState } from './connectionSlice.js';
import type { StoreDeps } from './deps.js';
import { createScreenSlice, initialScreenState } from './screenSlice.js';
import type { AppState } from './state.js';
import { createUiSlice, initialUiState } from './uiSlice.js';

export type AppStore = StoreApi<AppState>;

/** Every slice's data at start, for tests that reset or compare. */
export const initialAppState = {
  ...initialConnectionState,
  ...initialScreenState,
  ...initialUiState,
  ...initialScreenPopState,
  ...initialSearchState,
  ...initialLiveState,
  ...initialCallUiState,
  ...initialCommitmentsState,
  ...initialCaseEditState,
  ...initialSyncState,
};

/**
 * The one store. A factory rather than a module singleton so each test (and each window)
 * gets its own, wired to the API client it is given. SQLite behind the API is the source
 * of truth; this caches what is on screen.
 */
export function createAppStore(deps: Partial<StoreDeps> & Pick<StoreDeps, 'api'>): AppStore {
  const full: StoreDeps = { timers: realTimers, now: () => Date.now(), alerts: silentAlerts, drafts: createDrafts(null), ...deps };
  return createStore<AppState>()((...a) => ({
    ...createConnectionSlice(full)(...a),
    ...createScreenSlice(...a),
    ...createUiSlice(...a),
    ...createScreenPopSlice(full)(...a),
    ...createCustomerSlice(full)(...a),
    ...createSearchSlice(full)(...a),
    ...createLiveSlice(full)(...a),
    ...createCallUiSlice(...a),
    ...createCommitmentsSlice(full)(...a),
    ...createCaseEditSlice(full)(...a),
    ...createSyncSlice(full)(...a),
  }));
}
