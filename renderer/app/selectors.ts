import type { AppState } from './state.js';

// Plain functions over the store, used with useAppStore; each returns a stored reference
// or a primitive, never a fresh object (zustand would re-render forever).

export const selectScreen = (s: AppState) => s.screen;
export const selectConnection = (s: AppState) => s.connection;
export const selectHelpOpen = (s: AppState) => s.helpOpen;
export const selectRepName = (s: AppState) => s.info?.repName ?? null;
export const selectFocusRequest = (s: AppState) => s.focusRequest;

/** Offline means the rep's actions will fail: worth a banner. The first connect is not. */
export const selectIsOffline = (s: AppState) => s.connection.state === 'offline';
