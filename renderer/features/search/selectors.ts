import type { AppState } from '../../app/state.js';

export const selectSearchText = (s: AppState) => s.searchText;
export const selectSearchHits = (s: AppState) => s.searchHits;
export const selectSearchStatus = (s: AppState) => s.searchStatus;
export const selectSearchError = (s: AppState) => s.searchError;
export const selectSearchActive = (s: AppState) => s.searchActive;
/** The results panel is open while there is something to say about the text typed. */
export const selectSearchOpen = (s: AppState) => s.searchStatus !== 'idle';
