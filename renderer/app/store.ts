import { createStore, type StoreApi } from 'zustand/vanilla';
import { createCallSlice, initialCallState } from '../features/screenPop/screenPopSlice.js';
import { createCustomerSlice } from '../features/history/customerSlice.js';
import { createSearchSlice, initialSearchState } from '../features/search/searchSlice.js';
import { createCommitmentsSlice, initialCommitmentsState } from '../features/commitments/commitmentsSlice.js';
import { createCallUiSlice, initialCallUiState } from '../features/call/callUiSlice.js';
import { createLiveSlice, initialLiveState } from '../features/call/liveSlice.js';
import { createCaseEditSlice, initialCaseEditState } from '../features/history/caseEdit/caseEditSlice.js';
import { createSyncSlice, initialSyncState } from '../features/sync/syncSlice.js';
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
  ...initialCallState,
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
    ...createCallSlice(full)(...a),
    ...createCustomerSlice(full)(...a),
    ...createSearchSlice(full)(...a),
    ...createLiveSlice(full)(...a),
    ...createCallUiSlice(...a),
    ...createCommitmentsSlice(full)(...a),
    ...createCaseEditSlice(full)(...a),
    ...createSyncSlice(full)(...a),
  }));
}
