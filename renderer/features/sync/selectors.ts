import type { AppState } from '../../app/state.js';

// Plain store selectors for sync; each returns a stored reference or a primitive.

export const selectSyncStatus = (s: AppState) => s.syncStatus;
export const selectSyncStatusAt = (s: AppState) => s.syncStatusAt;
export const selectSyncOpen = (s: AppState) => s.syncOpen;
export const selectSyncView = (s: AppState) => s.syncView;
export const selectEnrolPhase = (s: AppState) => s.enrolPhase;
export const selectEnrolledJustNow = (s: AppState) => s.enrolledJustNow;
export const selectSyncRejected = (s: AppState) => s.syncRejected;
export const selectSyncActionError = (s: AppState) => s.syncActionError;
/** Refused changes the rep has not had in front of them yet (kept by the backend across reloads). */
export const selectUnreviewed = (s: AppState) => s.syncStatus?.unreviewed ?? 0;
