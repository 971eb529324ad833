import type { AppState } from '../../app/state.js';

export const selectDueOpen = (s: AppState) => s.dueOpen;
export const selectDueItems = (s: AppState) => s.dueItems;
export const selectDueStatus = (s: AppState) => s.dueStatus;
export const selectDueError = (s: AppState) => s.dueError;
export const selectDueActive = (s: AppState) => s.dueActive;
export const selectDueMode = (s: AppState) => s.dueMode;
export const selectDueDetail = (s: AppState) => s.dueDetail;
export const selectDueActionError = (s: AppState) => s.dueActionError;
export const selectDueAlerts = (s: AppState) => s.dueAlerts;
